package cn.summerhotline.publicity.coverage.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.publicity.coverage.model.CoverageRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A coverage record's broken rule: 400 naming the field ({@code coverage.rule.<field>}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoverageProblems {

    private final ProblemMessages messages;

    CoverageProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CoverageRuleViolation.class)
    ResponseEntity<ProblemDetail> violation(CoverageRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String message = messages.text("coverage.rule." + violation.field(), locale);
        return ProblemMessages.answer(messages.invalidField(locale, violation.field(), message), locale);
    }
}
