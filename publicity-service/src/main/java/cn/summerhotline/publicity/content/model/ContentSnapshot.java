package cn.summerhotline.publicity.content.model;

import java.time.Instant;
import java.util.List;

/**
 * Content as stored: its draft and review version, who hands it in for which unit (and squad), where it stands
 * in review, the complaint it was drawn from (a case study's tracking number, for the record), and the ids of
 * the review events already applied to it.
 */
public record ContentSnapshot(
        String id,
        String projectId,
        int year,
        Draft draft,
        int contentVersion,
        String unit,
        String squad,
        String submitter,
        ContentStatus status,
        ReviewLevel level,
        String reason,
        String caseTrackingNumber,
        Instant createdAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant changedAt,
        List<String> appliedEvents,
        long version) {

    public ContentSnapshot {
        appliedEvents = appliedEvents == null ? List.of() : List.copyOf(appliedEvents);
    }

    public ContentSnapshot withVersion(long newVersion) {
        return new ContentSnapshot(
                id,
                projectId,
                year,
                draft,
                contentVersion,
                unit,
                squad,
                submitter,
                status,
                level,
                reason,
                caseTrackingNumber,
                createdAt,
                submittedAt,
                publishedAt,
                changedAt,
                appliedEvents,
                newVersion);
    }
}
