package cn.summerhotline.review.workflow.model;

import java.time.Instant;

/**
 * What happened to a review item, for the content's owner and every channel that shows it. Carries the content's
 * identity, never its text; reasons are masked on the way out.
 */
public sealed interface ReviewEvent {

    String reviewId();

    /** The item's unit: the last segment of the routing key ({@code city} for the city bureau's items). */
    String unit();

    Instant at();

    /** The event's name in routing keys and CloudEvents types, e.g. {@code published}. */
    String name();

    /** Passed the city bureau's review, or restored after a re-review: the content may be shown. */
    record Published(
            String reviewId,
            String source,
            String contentId,
            int contentVersion,
            ContentKind contentKind,
            String unit,
            String squad,
            Instant at)
            implements ReviewEvent {
        public String name() {
            return "published";
        }
    }

    /** Rejected by a reviewer, or by the pre-screen ({@code automatic}) before any reviewer saw it. */
    record Rejected(
            String reviewId,
            String source,
            String contentId,
            int contentVersion,
            ContentKind contentKind,
            String unit,
            String squad,
            ReviewLevel level,
            String reason,
            boolean automatic,
            Instant at)
            implements ReviewEvent {
        public String name() {
            return "rejected";
        }
    }

    /** Taken down by a district or city reviewer: every channel hides it at once. */
    record TakenDown(
            String reviewId,
            String source,
            String contentId,
            int contentVersion,
            ContentKind contentKind,
            String unit,
            String squad,
            TakedownKind kind,
            ReviewLevel level,
            String reason,
            Instant at)
            implements ReviewEvent {
        public String name() {
            return "takendown";
        }
    }

    /**
     * Hidden pending the city bureau's re-review, after {@code reports} public reports or because a BLOCK word
     * added since matches ({@code cause}): every channel hides it until a restore publishes it again.
     */
    record Hidden(
            String reviewId,
            String source,
            String contentId,
            int contentVersion,
            ContentKind contentKind,
            String unit,
            String squad,
            HiddenCause cause,
            int reports,
            Instant at)
            implements ReviewEvent {
        public String name() {
            return "hidden";
        }
    }
}
