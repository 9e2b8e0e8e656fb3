package cn.summerhotline.publicity.content.model;

import java.time.Instant;

/** What review-service decided about a version of content, from one of its events (id kept to apply it once). */
public record ReviewOutcome(
        Kind kind, String eventId, int contentVersion, ReviewLevel level, String reason, Instant at) {

    public enum Kind {
        PUBLISHED,
        REJECTED,
        TAKEN_DOWN,
        HIDDEN
    }
}
