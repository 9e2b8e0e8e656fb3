package cn.summerhotline.review.stats.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.audit.application.AuditScope;
import cn.summerhotline.review.audit.application.ReportingPeriod;
import cn.summerhotline.review.stats.model.LevelDurations;
import cn.summerhotline.review.stats.model.TimeAtLevel;
import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The review's statistics, scoped like the audit export: items by status and level, per level the pending and
 * overdue items (by the deadlines configured now) and the median time to a decision, takedowns by kind, reports.
 *
 * <p>Counts are aggregation pipelines the store runs (both MongoDB and the embedded store). The medians are not:
 * neither has a median accumulator ({@code $median} is MongoDB 7's, the embedded store has none), and a stay
 * pairs an entry with the next decision of the same item, an ordered walk through its history. So the histories
 * of the items decided in the period stream through here one at a time, four fields of each entry, and only the
 * stays' lengths are kept: a bounded computation, as the period is at most a year.
 */
@Component
public class CountReviews {

    private final ReviewFigures figures;
    private final ReviewDeadlines deadlines;
    private final Clock clock;

    public CountReviews(ReviewFigures figures, ReviewDeadlines deadlines, Clock clock) {
        this.figures = figures;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public ReviewStatistics count(Caller caller, ReportingPeriod period) {
        AuditScope scope = AuditScope.of(caller);
        Instant now = clock.instant();
        List<ReviewFigures.StatusCount> items = figures.byStatusAndLevel(scope);
        Map<ReviewLevel, Instant> dueBefore = new EnumMap<>(ReviewLevel.class);
        for (ReviewLevel level : ReviewLevel.values()) {
            dueBefore.put(level, now.minus(deadlines.of(level)));
        }
        Map<ReviewLevel, Long> overdue = figures.pendingSince(scope, dueBefore);
        LevelDurations stays = new LevelDurations();
        figures.decidedHistories(
                scope,
                period.start(),
                period.end(),
                history -> TimeAtLevel.stays(history).stream()
                        .filter(stay -> period.contains(stay.decided()))
                        .forEach(stays::add));
        List<ReviewStatistics.Level> levels = new ArrayList<>();
        for (ReviewLevel level : ReviewLevel.values()) {
            long pending = items.stream()
                    .filter(c -> c.status() == ReviewStatus.PENDING && c.level() == level)
                    .mapToLong(ReviewFigures.StatusCount::items)
                    .sum();
            levels.add(new ReviewStatistics.Level(
                    level,
                    deadlines.of(level),
                    pending,
                    overdue.getOrDefault(level, 0L),
                    stays.count(level),
                    stays.median(level)));
        }
        List<ReviewFigures.StepCount> steps = figures.steps(scope, period.start(), period.end());
        Map<TakedownKind, Long> takedowns = new EnumMap<>(TakedownKind.class);
        for (TakedownKind kind : TakedownKind.values()) {
            takedowns.put(
                    kind,
                    steps.stream()
                            .filter(s -> s.step() == Step.TAKEN_DOWN && s.takedownKind() == kind)
                            .mapToLong(ReviewFigures.StepCount::entries)
                            .sum());
        }
        ReviewStatistics.Reports reports = new ReviewStatistics.Reports(
                total(steps, Step.REPORTED, false), total(steps, Step.REPORTED, true), total(steps, Step.HIDDEN, true));
        return new ReviewStatistics(scope, period, now, items, levels, takedowns, reports, steps);
    }

    /** The step's entries, or the items they concern (an item counts once per step and kind). */
    private static long total(List<ReviewFigures.StepCount> steps, Step step, boolean items) {
        return steps.stream()
                .filter(s -> s.step() == step)
                .mapToLong(s -> items ? s.items() : s.entries())
                .sum();
    }
}
