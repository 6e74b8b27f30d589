package cn.chainscout.api;

import cn.chainscout.common.NotFoundException;
import cn.chainscout.database.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Unknown ids → 404, bad parameters → 400 naming the parameter; always a small {@link ApiError}. */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ApiError> badParameter(BadParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' is required", e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'",
                e.getName());
    }

    /**
     * Neo4j unreachable: 503, the client may retry (the driver reconnects once it is back); anything else: 500.
     * (The backup, which uses the driver itself, hands its failures on as a DataAccessException too.)
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ApiError> database(RuntimeException e) {
        if (DatabaseAvailability.isUnavailable(e)) {
            log.warn("API: database unavailable ({})", e.toString());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "The database is temporarily unavailable; try again in a moment", null);
        }
        log.error("API: database failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; the cause is in the server log", null);
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message, String parameter) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(status.value(), status.getReasonPhrase(), message, parameter));
    }
}
