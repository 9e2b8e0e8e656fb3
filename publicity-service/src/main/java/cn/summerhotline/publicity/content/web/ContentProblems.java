package cn.summerhotline.publicity.content.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.publicity.content.model.ContentConflict;
import cn.summerhotline.publicity.content.model.ContentRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Content's refusals: a broken rule 400 naming the field, a step its status does not allow 409 with the state. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentProblems {

    static final URI NOT_EDITABLE = Problems.type("content-not-editable");

    private final ProblemMessages messages;

    ContentProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ContentRuleViolation.class)
    ResponseEntity<ProblemDetail> violation(ContentRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String message = messages.text("content.rule." + violation.field(), locale);
        return ProblemMessages.answer(messages.invalidField(locale, violation.field(), message), locale);
    }

    @ExceptionHandler(ContentConflict.class)
    ResponseEntity<ProblemDetail> conflict(ContentConflict conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        ProblemDetail problem = messages.problem(
                HttpStatus.CONFLICT,
                NOT_EDITABLE,
                locale,
                "content.not-editable",
                "en".equals(locale.getLanguage())
                        ? conflict.status().label().en()
                        : conflict.status().label().zh());
        problem.setProperty("state", conflict.status().name());
        return ProblemMessages.answer(problem, locale);
    }
}
