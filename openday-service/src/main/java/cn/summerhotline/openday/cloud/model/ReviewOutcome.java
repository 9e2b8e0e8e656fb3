package cn.summerhotline.openday.cloud.model;

/**
 * What review-service decided about a version of openday-service's content (review.published|rejected|takendown|
 * hidden.<unit>), as items and stories apply it.
 */
public enum ReviewOutcome {
    PUBLISHED,
    REJECTED,
    TAKEN_DOWN,
    HIDDEN;

    /** The outcome of a routing key's event segment ({@code takendown} is TAKEN_DOWN), or null for another. */
    public static ReviewOutcome ofEvent(String event) {
        return switch (event) {
            case "published" -> PUBLISHED;
            case "rejected" -> REJECTED;
            case "takendown" -> TAKEN_DOWN;
            case "hidden" -> HIDDEN;
            default -> null;
        };
    }

    /** Whether it ends the content's publicity at once, whatever version it is about. */
    public boolean hides() {
        return this == TAKEN_DOWN || this == HIDDEN;
    }
}
