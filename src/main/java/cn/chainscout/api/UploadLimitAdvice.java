package cn.chainscout.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's limit is refused before any controller runs (so {@link ApiErrorAdvice},
 * bound to the controllers, never sees it): 413 JSON naming the limit, not an empty body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final String fileLimit;
    private final String requestLimit;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") String fileLimit,
                      @Value("${spring.servlet.multipart.max-request-size:10MB}") String requestLimit) {
        this.fileLimit = fileLimit;
        this.requestLimit = requestLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(413, "Content Too Large", "The upload is over the limit of " + fileLimit
                        + " per file (spring.servlet.multipart.max-file-size) or " + requestLimit
                        + " per request (spring.servlet.multipart.max-request-size); an import file may be at most "
                        + "chainscout.import.max-file-size", "file"));
    }
}
