package cn.summerhotline.review.report.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.review.report.application.ConcurrentReports;
import cn.summerhotline.review.report.application.TooManyReports;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reports' refusals as problem+json: a client past its allowance hears 429 with {@code Retry-After}, the type
 * the gateway's limit answers with, so a client handles both alike.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblems {

    static final URI TOO_MANY_REQUESTS = Problems.type("too-many-requests");
    static final URI CONCURRENT_UPDATE = Problems.type("concurrent-update");

    private final ProblemMessages messages;

    ReportProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TooManyReports.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyReports refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        ProblemDetail problem = messages.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                TOO_MANY_REQUESTS,
                locale,
                "report.too-many",
                refused.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(ProblemMessages.answer(problem, locale).getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(ConcurrentReports.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentReports conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, CONCURRENT_UPDATE, locale, "report.concurrent-update"), locale);
    }
}
