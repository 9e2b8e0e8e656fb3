package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.ComplaintNotFound;
import cn.summerhotline.complaint.application.ConcurrentUpdate;
import cn.summerhotline.complaint.application.RatingRefused;
import cn.summerhotline.complaint.model.ComplaintRuleViolation;
import cn.summerhotline.complaint.model.LifecycleConflict;
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
 * The domain's and the use cases' refusals as problem+json in the caller's language: a 409 names the state and
 * the refused action, a 400 the field. The model and the application speak English to developers; what a caller
 * reads comes from the bundles ({@code complaint.conflict.<kind>}, {@code complaint.rule.<field>}, ...).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintProblems {

    static final URI INVALID_TRANSITION = Problems.type("invalid-transition");
    static final URI REPLY_REQUIRED = Problems.type("reply-required");
    static final URI ALREADY_RATED = Problems.type("already-rated");
    static final URI MERGED_CASE = Problems.type("merged-case");
    static final URI INVALID_MERGE = Problems.type("invalid-merge");
    static final URI CONCURRENT_UPDATE = Problems.type("concurrent-update");
    static final URI WRONG_RATING_CODE = Problems.type("wrong-rating-code");
    static final URI RATING_LOCKED = Problems.type("rating-locked");

    private final ProblemMessages messages;

    ComplaintProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LifecycleConflict.class)
    ResponseEntity<ProblemDetail> conflict(LifecycleConflict conflict, HttpServletRequest request) {
        URI type = switch (conflict.kind()) {
            case INVALID_TRANSITION -> INVALID_TRANSITION;
            case REPLY_REQUIRED -> REPLY_REQUIRED;
            case ALREADY_RATED -> ALREADY_RATED;
            case MERGED -> MERGED_CASE;
            case INVALID_MERGE -> INVALID_MERGE;
        };
        Locale locale = ProblemMessages.locale(request);
        String state = Locale.ENGLISH.equals(locale)
                ? conflict.status().nameEn()
                : conflict.status().nameZh();
        String action = messages.text("complaint.action." + conflict.action(), locale);
        ProblemDetail problem = messages.problem(
                HttpStatus.CONFLICT, type, locale, "complaint.conflict." + conflict.kind(), state, action);
        problem.setProperty("state", conflict.status().name());
        problem.setProperty("action", conflict.action());
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(ComplaintRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(ComplaintRuleViolation violation, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String code = "complaint.rule." + (violation.rule() != null ? violation.rule() : violation.field());
        String message = messages.text(code, locale, violation.field());
        if (message.equals(code)) {
            message = messages.text("complaint.rule.blank", locale, violation.field());
        }
        return ProblemMessages.answer(messages.invalidField(locale, violation.field(), message), locale);
    }

    /** A missing complaint and one the caller may not see answer alike. */
    @ExceptionHandler(ComplaintNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ComplaintNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.Complaint", missing.reference(), request);
    }

    @ExceptionHandler(ConcurrentUpdate.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentUpdate conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String detail = conflict.merge() ? "complaint.concurrent-merge" : "complaint.concurrent-update";
        return ProblemMessages.answer(messages.problem(HttpStatus.CONFLICT, CONCURRENT_UPDATE, locale, detail), locale);
    }

    @ExceptionHandler(RatingRefused.class)
    ResponseEntity<ProblemDetail> ratingRefused(RatingRefused refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        ProblemDetail problem = switch (refused.reason()) {
            case WRONG_CODE ->
                messages.problem(HttpStatus.FORBIDDEN, WRONG_RATING_CODE, locale, "complaint.wrong-rating-code");
            case LOCKED -> messages.problem(HttpStatus.FORBIDDEN, RATING_LOCKED, locale, "complaint.rating-locked");
        };
        return ProblemMessages.answer(problem, locale);
    }
}
