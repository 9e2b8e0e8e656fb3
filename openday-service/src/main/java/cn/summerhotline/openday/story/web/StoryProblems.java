package cn.summerhotline.openday.story.web;

import cn.summerhotline.openday.story.application.StoryNotFound;
import cn.summerhotline.openday.story.application.TooManyStories;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The stories' refusals: past the allowance 429 with Retry-After, the type the gateway's own limit answers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoryProblems {

    private final ProblemMessages messages;

    StoryProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyStories.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyStories refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        ProblemDetail problem = messages.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.type("too-many-requests"),
                locale,
                "story.too-many",
                refused.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(ProblemMessages.answer(problem, locale).getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(StoryNotFound.class)
    ResponseEntity<ProblemDetail> notFound(StoryNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.Story", missing.id(), request);
    }
}
