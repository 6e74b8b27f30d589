package cn.chainscout.api;

import java.util.List;
import java.util.Locale;

import cn.chainscout.common.Problem;
import cn.chainscout.common.ProblemBodies;
import cn.chainscout.common.i18n.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's limit is refused before any controller runs (so {@link ApiErrorAdvice},
 * bound to the controllers, never sees it): 413 ProblemDetail naming the limit, not an empty body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final Messages messages;
    private final String fileLimit;
    private final String requestLimit;

    UploadLimitAdvice(Messages messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") String fileLimit,
                      @Value("${spring.servlet.multipart.max-request-size:10MB}") String requestLimit) {
        this.messages = messages;
        this.fileLimit = fileLimit;
        this.requestLimit = requestLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemBodies.of(HttpStatus.CONTENT_TOO_LARGE, List.of(Problem.of("file", "api.error.tooLarge", fileLimit,
                        requestLimit)), messages, Messages.supported(locale)));
    }
}
