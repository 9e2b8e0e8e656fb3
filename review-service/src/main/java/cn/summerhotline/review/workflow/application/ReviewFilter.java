package cn.summerhotline.review.workflow.application;

import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;

/** Which items a list shows; null means any. {@code squad} is never asked for, only set by the caller's scope. */
public record ReviewFilter(ReviewStatus status, ReviewLevel level, String unit, String squad, Boolean overdue) {

    public static ReviewFilter of(ReviewStatus status, ReviewLevel level, String unit, Boolean overdue) {
        return new ReviewFilter(status, level, unit, null, overdue);
    }

    ReviewFilter withStatus(ReviewStatus value) {
        return new ReviewFilter(value, level, unit, squad, overdue);
    }

    ReviewFilter atLevel(ReviewLevel value) {
        return new ReviewFilter(status, value, unit, squad, overdue);
    }

    ReviewFilter inUnit(String value) {
        return new ReviewFilter(status, level, value, squad, overdue);
    }

    ReviewFilter inSquad(String value) {
        return new ReviewFilter(status, level, unit, value, overdue);
    }
}
