package cn.summerhotline.openday.registration.web;

import cn.summerhotline.openday.registration.application.RegistrationRefused;
import cn.summerhotline.openday.registration.model.RegistrationRuleViolation;
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

/**
 * A registrant's field that breaks a rule answers 400 naming it; a refusal by the session's state answers 409,
 * {@code already-registered} for a second registration of a phone, {@code registration-refused} for the others.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationProblems {

    static final URI ALREADY_REGISTERED = Problems.type("already-registered");
    static final URI REFUSED = Problems.type("registration-refused");

    private final ProblemMessages messages;

    RegistrationProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RegistrationRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(RegistrationRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.invalidField(
                        locale, violation.field(), messages.text("registration.rule." + violation.rule(), locale)),
                locale);
    }

    @ExceptionHandler(RegistrationRefused.class)
    ResponseEntity<ProblemDetail> refused(RegistrationRefused refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        URI type = refusal.reason() == RegistrationRefused.Reason.ALREADY_REGISTERED ? ALREADY_REGISTERED : REFUSED;
        ProblemDetail problem =
                messages.problem(HttpStatus.CONFLICT, type, locale, "registration.refused." + refusal.reason());
        problem.setProperty("reason", refusal.reason().name());
        return ProblemMessages.answer(problem, locale);
    }
}
