package cn.summerhotline.openday.session.web;

import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.model.SessionRuleViolation;
import cn.summerhotline.platform.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A session's figures that break a rule answer 400 naming the field, like any invalid body; an unknown venue,
 * session, registration or check-in (of any feature) answers 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionProblems {

    private final ProblemMessages messages;

    SessionProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SessionRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(SessionRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.invalidField(
                        locale,
                        violation.field(),
                        messages.text("session.rule." + violation.rule(), locale, violation.arguments())),
                locale);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound missing, HttpServletRequest request) {
        return messages.notFound("entity." + missing.entity(), missing.reference(), request);
    }
}
