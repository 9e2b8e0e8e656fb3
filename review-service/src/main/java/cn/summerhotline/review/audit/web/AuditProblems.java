package cn.summerhotline.review.audit.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.review.audit.application.InvalidPeriod;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A period the export or the statistics cannot cover answers 400 as every invalid parameter does: {@code
 * invalid-request}, naming the parameter in {@code errors}, in the caller's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblems {

    private final ProblemMessages messages;

    AuditProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidPeriod.class)
    ResponseEntity<ProblemDetail> invalidPeriod(InvalidPeriod invalid, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String message = messages.text("audit.period." + invalid.kind(), locale, invalid.from(), invalid.to());
        ProblemDetail problem = messages.invalidField(locale, "to", message);
        problem.setDetail(message);
        return ProblemMessages.answer(problem, locale);
    }
}
