package cn.chainscout.api;

import java.util.List;

/**
 * The body of every error answer of the REST API as the OpenAPI document shows it: an RFC 9457 problem
 * detail (written by {@link ApiErrorAdvice} through {@code ProblemDetail}) with the problems in the
 * request's language.
 *
 * @param detail   every problem's message, one a line
 * @param problems each problem: the parameter or body field at fault (null for the request as a whole), the
 *                 message key (stable for scripts) and the message
 */
public record ApiProblem(String type, String title, int status, String detail, String instance, List<FieldProblem> problems) {

    public record FieldProblem(String field, String key, String message) {
    }
}
