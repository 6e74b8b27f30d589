package cn.chainscout.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** The same small JSON body as every other API error ({@code cn.chainscout.api.ApiError}), for the filters. */
final class ApiResponses {

    static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"parameter\":null}");
    }

    private ApiResponses() {
    }
}
