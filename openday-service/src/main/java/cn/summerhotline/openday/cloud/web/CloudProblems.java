package cn.summerhotline.openday.cloud.web;

import cn.summerhotline.openday.cloud.application.CloudItemNotFound;
import cn.summerhotline.openday.cloud.application.FiguresIncomplete;
import cn.summerhotline.openday.cloud.application.WrongPhase;
import cn.summerhotline.openday.cloud.model.CloudRuleViolation;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
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

/** The cloud open day's refusals as problem+json, in the caller's language. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CloudProblems {

    static final URI WRONG_PHASE = Problems.type("wrong-phase");

    private final ProblemMessages messages;

    CloudProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WrongPhase.class)
    ResponseEntity<ProblemDetail> wrongPhase(WrongPhase refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String phase = "en".equals(ProblemMessages.supported(locale).getLanguage())
                ? refused.phase().label().en()
                : refused.phase().label().zh();
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, WRONG_PHASE, locale, "cloud.wrong-phase", refused.year(), phase),
                locale);
    }

    @ExceptionHandler(FiguresIncomplete.class)
    ResponseEntity<ProblemDetail> incomplete(FiguresIncomplete refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(
                        HttpStatus.CONFLICT, Problems.type("figures-incomplete"), locale, "cloud.figures-incomplete"),
                locale);
    }

    @ExceptionHandler(CloudItemNotFound.class)
    ResponseEntity<ProblemDetail> notFound(CloudItemNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.CloudItem", missing.id(), request);
    }

    @ExceptionHandler(CloudRuleViolation.class)
    ResponseEntity<ProblemDetail> rule(CloudRuleViolation refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.ruleViolation(locale, refused.field(), "cloud.rule." + refused.field(), "cloud.rule"), locale);
    }
}
