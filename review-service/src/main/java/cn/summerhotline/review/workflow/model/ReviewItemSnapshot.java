package cn.summerhotline.review.workflow.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a review item holds, for storing it and reading it back, as its values: how they are stored is the
 * store's mapping, not the model's.
 */
public record ReviewItemSnapshot(
        String id,
        String source,
        String contentId,
        Origin origin,
        ReviewStatus status,
        ReviewLevel level,
        Instant levelSince,
        List<ContentVersion> versions,
        List<HistoryEntry> history,
        List<Report> reports,
        long version) {

    public ReviewItemSnapshot {
        versions = List.copyOf(versions);
        history = List.copyOf(history);
        reports = reports == null ? List.of() : List.copyOf(reports);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a review item has at least one version");
        }
    }

    /** The same item, as stored under the next version. */
    public ReviewItemSnapshot withVersion(long next) {
        return new ReviewItemSnapshot(
                id, source, contentId, origin, status, level, levelSince, versions, history, reports, next);
    }
}
