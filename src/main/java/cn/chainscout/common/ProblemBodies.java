package cn.chainscout.common;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chainscout.common.i18n.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST error body, RFC 9457 {@link ProblemDetail}: status, title, detail (every problem's message, one a
 * line) and {@code problems}: each with its field (the parameter or body property, null for the request as a
 * whole), its message key and its message in the request's language.
 */
public final class ProblemBodies {

    public static final String CONTENT_TYPE = "application/problem+json;charset=UTF-8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ProblemDetail of(HttpStatusCode status, List<Problem> problems, Messages messages, Locale locale) {
        List<Map<String, Object>> items = problems.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", p.field());
            item.put("key", p.messageKey());
            item.put("message", p.text(messages, locale));
            return item;
        }).toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
                items.stream().map(i -> (String) i.get("message")).collect(Collectors.joining("\n")));
        body.setProperty("problems", items);
        return body;
    }

    /** The same body from a servlet filter, answering before any controller (no field is at fault there). */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? String.valueOf(status) : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("problems", List.of(Map.of("message", detail)));
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        JSON.writeValue(response.getWriter(), body);
    }

    private ProblemBodies() {
    }
}
