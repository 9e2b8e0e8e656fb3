package cn.summerhotline.review.stats.application;

import cn.summerhotline.review.audit.application.AuditScope;
import cn.summerhotline.review.audit.application.ReportingPeriod;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The review's figures for a scope: where the items stand and what is overdue {@code at} the time of asking;
 * the decisions, takedowns, reports and steps of the {@code period}.
 */
public record ReviewStatistics(
        AuditScope scope,
        ReportingPeriod period,
        Instant at,
        List<ReviewFigures.StatusCount> items,
        List<Level> levels,
        Map<TakedownKind, Long> takedowns,
        Reports reports,
        List<ReviewFigures.StepCount> steps) {

    /**
     * @param pending items waiting at the level now
     * @param overdue of those, the ones past the level's deadline
     * @param decided decisions taken at the level in the period (after a stay there)
     * @param medianTime the median stay before those decisions; null without any
     */
    public record Level(
            ReviewLevel level, Duration deadline, long pending, long overdue, long decided, Duration medianTime) {}

    /**
     * @param reports reports of the public in the period
     * @param itemsReported items they concern
     * @param itemsHidden items hidden after reports in the period
     */
    public record Reports(long reports, long itemsReported, long itemsHidden) {}
}
