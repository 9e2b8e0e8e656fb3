package cn.summerhotline.review.workflow.application;

import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long an item may wait at each level (summer.reviews.deadlines). The time runs from when it entered the
 * level; read at the time of asking, so a changed deadline applies to the items already waiting.
 */
public record ReviewDeadlines(Map<ReviewLevel, Duration> perLevel) {

    public ReviewDeadlines {
        EnumMap<ReviewLevel, Duration> all = new EnumMap<>(ReviewLevel.class);
        for (ReviewLevel level : ReviewLevel.values()) {
            Duration deadline = perLevel == null ? null : perLevel.get(level);
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException(
                        "summer.reviews.deadlines." + level + " must be a positive duration");
            }
            all.put(level, deadline);
        }
        perLevel = Map.copyOf(all);
    }

    public Duration of(ReviewLevel level) {
        return perLevel.get(level);
    }

    /** When a pending item's time at its level runs out; null for an item no longer pending. */
    public Instant dueAt(ReviewItem item) {
        return item.status() == ReviewStatus.PENDING ? item.levelSince().plus(of(item.level())) : null;
    }

    public boolean overdue(ReviewItem item, Instant now) {
        Instant due = dueAt(item);
        return due != null && now.isAfter(due);
    }

    /** Per level, the time before which a pending item entered it is overdue now. */
    Map<ReviewLevel, Instant> overdueBefore(Instant now) {
        EnumMap<ReviewLevel, Instant> before = new EnumMap<>(ReviewLevel.class);
        perLevel.forEach((level, deadline) -> before.put(level, now.minus(deadline)));
        return before;
    }
}
