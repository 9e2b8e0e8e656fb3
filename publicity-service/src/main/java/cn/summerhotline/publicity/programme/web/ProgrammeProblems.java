package cn.summerhotline.publicity.programme.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.publicity.programme.model.ProgrammeRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A plan's broken rule as 400 problem+json naming the field, in the caller's language ({@code programme.rule.<field>}).
 * The model's own message is for developers and the log.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeProblems {

    private final ProblemMessages messages;

    ProgrammeProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProgrammeRuleViolation.class)
    ResponseEntity<ProblemDetail> violation(ProgrammeRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String message = messages.text("programme.rule." + violation.field(), locale);
        return ProblemMessages.answer(messages.invalidField(locale, violation.field(), message), locale);
    }
}
