package cn.summerhotline.openday.plan.web;

import cn.summerhotline.openday.plan.application.PlanProblem;
import cn.summerhotline.openday.plan.model.PlanConflict;
import cn.summerhotline.openday.plan.model.PlanRuleViolation;
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
 * The plan API's refusals as problem+json in the caller's language: a 409 says where the plan stands, a 403 that
 * it is another district's (texts under {@code plan.*}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    static final URI NOT_AWAITING = Problems.type("plan-not-awaiting-decision");
    static final URI NOT_RETURNED = Problems.type("plan-not-returned");
    static final URI NOT_YOUR_DISTRICT = Problems.type("not-your-district");
    static final URI CONCURRENT = Problems.type("concurrent-update");

    private final ProblemMessages messages;

    PlanProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanConflict.class)
    ResponseEntity<ProblemDetail> conflict(PlanConflict conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String status = Locale.ENGLISH.equals(ProblemMessages.supported(locale))
                ? conflict.status().label().en()
                : conflict.status().label().zh();
        URI type = conflict.kind() == PlanConflict.Kind.NOT_AWAITING_DECISION ? NOT_AWAITING : NOT_RETURNED;
        ProblemDetail problem = messages.problem(
                HttpStatus.CONFLICT,
                type,
                locale,
                "plan.conflict." + conflict.kind(),
                status,
                String.valueOf(conflict.version()));
        problem.setProperty("state", conflict.status().name());
        problem.setProperty("version", conflict.version());
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(PlanRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.invalidField(
                        locale, violation.field(), messages.text("plan.rule." + violation.field(), locale)),
                locale);
    }

    @ExceptionHandler(PlanProblem.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(PlanProblem.NotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.DistrictPlan", missing.id(), request);
    }

    @ExceptionHandler(PlanProblem.NoOpenDay.class)
    ResponseEntity<ProblemDetail> noOpenDay(PlanProblem.NoOpenDay missing, HttpServletRequest request) {
        return messages.notFound("entity.OpenDay", String.valueOf(missing.year()), request);
    }

    @ExceptionHandler(PlanProblem.NotYourDistrict.class)
    ResponseEntity<ProblemDetail> notYours(PlanProblem.NotYourDistrict refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.FORBIDDEN, NOT_YOUR_DISTRICT, locale, "plan.not-your-district"), locale);
    }

    @ExceptionHandler(PlanProblem.ConcurrentUpdate.class)
    ResponseEntity<ProblemDetail> concurrent(PlanProblem.ConcurrentUpdate conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, CONCURRENT, locale, "plan.concurrent-update"), locale);
    }
}
