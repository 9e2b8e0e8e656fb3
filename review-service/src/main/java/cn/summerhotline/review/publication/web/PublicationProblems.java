package cn.summerhotline.review.publication.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.review.publication.application.PublishedContentNotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What the public hears of content that is not out there: one 404, whatever the reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicationProblems {

    private final ProblemMessages messages;

    PublicationProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PublishedContentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(PublishedContentNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.PublishedContent", missing.reference(), request);
    }
}
