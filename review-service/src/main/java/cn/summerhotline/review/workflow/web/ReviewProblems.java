package cn.summerhotline.review.workflow.web;

import cn.summerhotline.platform.labels.Labelled;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.review.workflow.application.ConcurrentReviewUpdate;
import cn.summerhotline.review.workflow.application.ReviewNotFound;
import cn.summerhotline.review.workflow.model.ReviewConflict;
import cn.summerhotline.review.workflow.model.ReviewRefusal;
import cn.summerhotline.review.workflow.model.ReviewRuleViolation;
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
 * The review's refusals as problem+json in the caller's language: a 409 says where the item stands, a 403 why
 * this reviewer may not, a 400 the field. The model speaks English to developers; what a caller reads comes from
 * the bundles ({@code review.conflict.<kind>}, {@code review.refusal.<kind>}, {@code review.rule.<field>}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewProblems {

    static final URI NOT_ALLOWED = Problems.type("review-not-allowed");
    static final URI STALE_VERSION = Problems.type("stale-version");
    static final URI OTHER_LEVEL = Problems.type("other-level");
    static final URI OTHER_ORIGIN = Problems.type("content-of-another-unit");
    static final URI OWN_SUBMISSION = Problems.type("own-submission");
    static final URI OTHER_UNIT = Problems.type("other-unit");
    static final URI LEVEL_MAY_NOT = Problems.type("level-may-not");
    static final URI CONCURRENT_UPDATE = Problems.type("concurrent-update");

    private final ProblemMessages messages;

    ReviewProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReviewConflict.class)
    ResponseEntity<ProblemDetail> conflict(ReviewConflict conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String code = "review.conflict." + conflict.kind();
        ProblemDetail problem = switch (conflict.kind()) {
            case NOT_ALLOWED ->
                messages.problem(
                        HttpStatus.CONFLICT,
                        NOT_ALLOWED,
                        locale,
                        code,
                        label(conflict.status(), locale),
                        label(conflict.step(), locale));
            case OLD_VERSION ->
                messages.problem(HttpStatus.CONFLICT, STALE_VERSION, locale, code, conflict.currentVersion());
            case OTHER_LEVEL ->
                messages.problem(HttpStatus.CONFLICT, OTHER_LEVEL, locale, code, label(conflict.level(), locale));
            case OTHER_ORIGIN -> messages.problem(HttpStatus.CONFLICT, OTHER_ORIGIN, locale, code);
        };
        problem.setProperty("state", conflict.status().name());
        if (conflict.step() != null) {
            problem.setProperty("step", conflict.step().name());
        }
        if (conflict.level() != null) {
            problem.setProperty("level", conflict.level().name());
        }
        if (conflict.kind() == ReviewConflict.Kind.OLD_VERSION) {
            problem.setProperty("currentVersion", conflict.currentVersion());
        }
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(ReviewRefusal.class)
    ResponseEntity<ProblemDetail> refusal(ReviewRefusal refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String code = "review.refusal." + refusal.kind();
        String level =
                refusal.level() == null ? messages.text("review.no-level", locale) : label(refusal.level(), locale);
        ProblemDetail problem = switch (refusal.kind()) {
            case OWN_SUBMISSION -> messages.problem(HttpStatus.FORBIDDEN, OWN_SUBMISSION, locale, code);
            case OTHER_UNIT -> messages.problem(HttpStatus.FORBIDDEN, OTHER_UNIT, locale, code);
            case LEVEL_MAY_NOT ->
                messages.problem(
                        HttpStatus.FORBIDDEN, LEVEL_MAY_NOT, locale, code, level, label(refusal.step(), locale));
        };
        problem.setProperty("step", refusal.step().name());
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(ReviewRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(ReviewRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.ruleViolation(
                        locale, violation.field(), "review.rule." + violation.field(), "review.rule.blank"),
                locale);
    }

    /** A missing item and one the caller may not see answer alike. */
    @ExceptionHandler(ReviewNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ReviewNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.ReviewItem", missing.reference(), request);
    }

    @ExceptionHandler(ConcurrentReviewUpdate.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentReviewUpdate conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, CONCURRENT_UPDATE, locale, "review.concurrent-update"), locale);
    }

    private static String label(Labelled code, Locale locale) {
        return Locale.ENGLISH.equals(locale) ? code.label().en() : code.label().zh();
    }
}
