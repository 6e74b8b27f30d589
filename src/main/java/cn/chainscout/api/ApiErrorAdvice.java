package cn.chainscout.api;

import cn.chainscout.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Unknown ids → 404, bad parameters → 400 naming the parameter; always a small {@link ApiError}. */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
class ApiErrorAdvice {

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

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message, String parameter) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, parameter));
    }
}
