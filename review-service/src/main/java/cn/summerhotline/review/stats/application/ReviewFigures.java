package cn.summerhotline.review.stats.application;

import cn.summerhotline.review.audit.application.AuditScope;
import cn.summerhotline.review.stats.model.TimeAtLevel;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The review items counted in the store, within an audit scope. */
public interface ReviewFigures {

    /** How many items stand at a status and level now. */
    record StatusCount(ReviewStatus status, ReviewLevel level, long items) {}

    /** How many history entries of a step (and takedown kind) a period has, and on how many items. */
    record StepCount(Step step, TakedownKind takedownKind, long entries, long items) {}

    List<StatusCount> byStatusAndLevel(AuditScope scope);

    /** Per level, the pending items that entered it before the given time. */
    Map<ReviewLevel, Long> pendingSince(AuditScope scope, Map<ReviewLevel, Instant> enteredBefore);

    /** The entries of [{@code from}, {@code to}) by step and takedown kind. */
    List<StepCount> steps(AuditScope scope, Instant from, Instant to);

    /** Hands over the history of every item with a decision in [{@code from}, {@code to}), one item at a time. */
    void decidedHistories(AuditScope scope, Instant from, Instant to, Consumer<List<TimeAtLevel.Entry>> each);
}
