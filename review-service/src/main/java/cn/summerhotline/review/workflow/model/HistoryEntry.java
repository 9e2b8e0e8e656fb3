package cn.summerhotline.review.workflow.model;

import java.time.Instant;

/**
 * One entry of an item's audit trail, never changed once written.
 *
 * @param at when it happened
 * @param step what happened
 * @param status the item's status after it
 * @param level the level it happened at: where a submission starts, where a decision was taken, the level of the
 *     reviewer who took the item down or restored it, the item's level for the service's own entries
 * @param contentVersion the content version it concerns
 * @param actor who: the token's subject, {@code system} for the service's own entries, {@code public} for reports
 * @param unit the actor's unit
 * @param reason the reason given (required for rejections, takedowns and restores), or the pre-screen's summary
 * @param takedownKind for takedowns only
 */
public record HistoryEntry(
        Instant at,
        Step step,
        ReviewStatus status,
        ReviewLevel level,
        int contentVersion,
        String actor,
        String unit,
        String reason,
        TakedownKind takedownKind) {}
