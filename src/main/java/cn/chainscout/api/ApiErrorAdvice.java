package cn.chainscout.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.chainscout.common.Commands;
import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemBodies;
import cn.chainscout.common.ProblemException;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.database.DatabaseAvailability;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every REST error as an RFC 9457 ProblemDetail (see {@link ProblemBodies}) in the request's language: a refused
 * command with its field problems → 400 (409 for a conflict), an unknown id → 404, a role that may not → 403,
 * Jakarta constraints on parameters and bodies → 400 naming each field.
 */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final Messages messages;

    ApiErrorAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, Locale locale) {
        return answer(HttpStatus.valueOf(e.kind().status()), e.problems(), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, List.of(Problem.of(e.getParameterName(), "api.error.required", e.getParameterName())), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, List.of(Problem.of(e.getName(), "api.error.invalid", e.getName(),
                String.valueOf(e.getValue()))), locale);
    }

    /** A {@code @Valid} request body breaking its record's constraints. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Problem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Commands.problem(f.getField(), f.unwrap(ConstraintViolation.class))).toList();
        return answer(HttpStatus.BAD_REQUEST, problems, locale);
    }

    /** Constraints on request parameters ({@code @RequestParam @Min(…) int year}). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(error -> problems.add(Commands.problem(
                error instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                r.unwrap(error, ConstraintViolation.class)))));
        return answer(HttpStatus.BAD_REQUEST, problems, locale);
    }

    /** Constraints checked in a service ({@code @Validated}). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, Locale locale) {
        List<Problem> problems = e.getConstraintViolations().stream()
                .map(v -> Commands.problem(v.getPropertyPath().toString().replaceFirst(".*\\.", ""), v)).toList();
        return answer(HttpStatus.BAD_REQUEST, problems, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
        return answer(HttpStatus.FORBIDDEN, List.of(Problem.of(null, "api.error.forbidden")), locale);
    }

    /**
     * Neo4j unreachable: 503, the client may retry (the driver reconnects once it is back); anything else: 500.
     * (The backup, which uses the driver itself, hands its failures on as a DataAccessException too.)
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e, Locale locale) {
        if (DatabaseAvailability.isUnavailable(e)) {
            log.warn("API: database unavailable ({})", e.toString());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, List.of(Problem.of(null, "api.error.unavailable")), locale);
        }
        log.error("API: database failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, List.of(Problem.of(null, "api.error.failed")), locale);
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatusCode status, List<Problem> problems, Locale locale) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(ProblemBodies.of(status, problems, messages, Messages.supported(locale)));
    }
}
