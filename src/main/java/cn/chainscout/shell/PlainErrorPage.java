package cn.chainscout.shell;

import java.util.Map;

import cn.chainscout.common.i18n.TranslationProvider;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * Spring's error page for a request refused before any page opened (instead of the "Whitelabel Error
 * Page"): short, in the user's language, with a way home. An address that is no page is refused by the
 * page security as 403; it is said, and answered, as what it is: 404.
 */
@org.springframework.stereotype.Component("error")
class PlainErrorPage implements View {

    private final TranslationProvider texts;

    PlainErrorPage(TranslationProvider texts) {
        this.texts = texts;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        int status = model.get("status") instanceof Integer s ? s : response.getStatus();
        Object asked = model.get("path");
        String path = asked == null ? "/" : asked.toString();
        if (status == HttpServletResponse.SC_FORBIDDEN && ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext())).getNavigationTarget(path.replaceFirst("^/", "")).isEmpty()) {
            status = HttpServletResponse.SC_NOT_FOUND;
        }
        String kind = status == HttpServletResponse.SC_NOT_FOUND ? "notFound" : status == HttpServletResponse.SC_FORBIDDEN ? "forbidden" : null;
        java.util.Locale locale = english(request) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE;
        String title = kind == null ? status + " · " + texts.getTranslation("error.failed.title", locale)
                : texts.getTranslation("error." + kind + ".title", locale);
        String text = kind == null ? texts.getTranslation("error.failed.text", locale)
                : texts.getTranslation("error." + kind + ".text", locale, path);
        response.setStatus(status);
        response.setContentType(getContentType());
        response.getWriter().write("<!doctype html><html lang=\"" + (english(request) ? "en" : "zh-CN") + "\"><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><body style=\"font-family:sans-serif;margin:3em\">"
                + "<h1 id=\"error-" + (kind == null ? "failed" : kind) + "\">" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + HtmlUtils.htmlEscape(texts.getTranslation("error.home", locale)) + "</a></p></body></html>");
    }

    private static boolean english(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && java.util.Arrays.stream(cookies)
                .anyMatch(c -> "chainscout-lang".equals(c.getName()) && "en".equals(c.getValue()));
    }
}
