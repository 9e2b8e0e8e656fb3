package cn.summerhotline.openday.stream.web;

import cn.summerhotline.openday.stream.application.StreamNotFound;
import cn.summerhotline.platform.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamProblems {

    private final ProblemMessages messages;

    StreamProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StreamNotFound.class)
    ResponseEntity<ProblemDetail> notFound(StreamNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.LiveStream", missing.id(), request);
    }
}
