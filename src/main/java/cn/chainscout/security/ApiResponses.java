package cn.chainscout.security;

import java.io.IOException;

import cn.chainscout.common.ProblemBodies;
import jakarta.servlet.http.HttpServletResponse;

/** The same ProblemDetail body as every other API error, for the filters that answer before the controllers. */
final class ApiResponses {

    static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        ProblemBodies.write(response, status, message);
    }

    private ApiResponses() {
    }
}
