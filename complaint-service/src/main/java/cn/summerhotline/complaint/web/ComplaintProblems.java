package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.model.ComplaintRuleViolation;
import cn.summerhotline.complaint.model.LifecycleConflict;
import cn.summerhotline.platform.web.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's refusals as problem+json: a 409 names the state and the refused action, a 400 the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintProblems {

    static final URI INVALID_TRANSITION = Problems.type("invalid-transition");
    static final URI REPLY_REQUIRED = Problems.type("reply-required");
    static final URI ALREADY_RATED = Problems.type("already-rated");
    static final URI MERGED_CASE = Problems.type("merged-case");
    static final URI INVALID_MERGE = Problems.type("invalid-merge");

    @ExceptionHandler(LifecycleConflict.class)
    ResponseEntity<ProblemDetail> conflict(LifecycleConflict conflict) {
        URI type = switch (conflict.kind()) {
            case INVALID_TRANSITION -> INVALID_TRANSITION;
            case REPLY_REQUIRED -> REPLY_REQUIRED;
            case ALREADY_RATED -> ALREADY_RATED;
            case MERGED -> MERGED_CASE;
            case INVALID_MERGE -> INVALID_MERGE;
        };
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, type, "Conflict", conflict.getMessage());
        problem.setProperty("state", conflict.status().name());
        problem.setProperty("action", conflict.action());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ComplaintRuleViolation.class)
    ResponseEntity<ProblemDetail> invalid(ComplaintRuleViolation violation) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request", violation.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", violation.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }
}
