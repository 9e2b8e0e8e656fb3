package cn.summerhotline.review.workflow.model;

/**
 * An action the item's present state does not allow (answered as 409): the caller acted on what it saw, and the
 * item has moved on since, or never was where the caller thought.
 */
public class ReviewConflict extends RuntimeException {

    public enum Kind {
        /** The step does not follow from the item's status (a decision on a published item, a takedown of a pending one). */
        NOT_ALLOWED,
        /** The decision names a content version the item no longer holds: the owner revised it meanwhile. */
        OLD_VERSION,
        /** The item waits at another level than the reviewer's: it has moved on, or has not reached them yet. */
        OTHER_LEVEL,
        /** The content is already under review for another unit or squad than the submission names. */
        OTHER_ORIGIN
    }

    private final Kind kind;
    private final ReviewStatus status;
    private final Step step;
    private final ReviewLevel level;
    private final int currentVersion;

    private ReviewConflict(
            Kind kind, ReviewStatus status, Step step, ReviewLevel level, int currentVersion, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.step = step;
        this.level = level;
        this.currentVersion = currentVersion;
    }

    static ReviewConflict notAllowed(ReviewStatus status, Step step) {
        return new ReviewConflict(
                Kind.NOT_ALLOWED, status, step, null, 0, "A review item in state " + status + " cannot be " + step);
    }

    static ReviewConflict oldVersion(ReviewStatus status, ReviewLevel level, int named, int current) {
        return new ReviewConflict(
                Kind.OLD_VERSION,
                status,
                null,
                level,
                current,
                "The decision names version " + named + "; the item holds version " + current);
    }

    static ReviewConflict otherLevel(ReviewStatus status, ReviewLevel itemLevel, ReviewLevel reviewerLevel) {
        return new ReviewConflict(
                Kind.OTHER_LEVEL,
                status,
                null,
                itemLevel,
                0,
                "The item waits at level " + itemLevel + ", not at the reviewer's level " + reviewerLevel);
    }

    static ReviewConflict otherOrigin(ReviewStatus status) {
        return new ReviewConflict(
                Kind.OTHER_ORIGIN, status, null, null, 0, "The content is under review for another unit or squad");
    }

    public Kind kind() {
        return kind;
    }

    public ReviewStatus status() {
        return status;
    }

    /** The refused step, for {@link Kind#NOT_ALLOWED}. */
    public Step step() {
        return step;
    }

    /** The level the item waits at, for {@link Kind#OTHER_LEVEL} and {@link Kind#OLD_VERSION}. */
    public ReviewLevel level() {
        return level;
    }

    /** The version the item holds, for {@link Kind#OLD_VERSION}. */
    public int currentVersion() {
        return currentVersion;
    }
}
