package cn.summerhotline.review.workflow.model;

/**
 * A reviewer who may see the item but may not take this step on it, whatever its state (answered as 403): the
 * rule is about who they are, not about where the item stands.
 */
public class ReviewRefusal extends RuntimeException {

    public enum Kind {
        /** Nobody reviews what they submitted: their approval would skip a review. */
        OWN_SUBMISSION,
        /** A reviewer of the right level, but of another unit or squad than the item's. */
        OTHER_UNIT,
        /** The step is not their level's: takedowns are the district's and the city's, restores the city's. */
        LEVEL_MAY_NOT
    }

    private final Kind kind;
    private final Step step;
    private final ReviewLevel level;

    private ReviewRefusal(Kind kind, Step step, ReviewLevel level, String message) {
        super(message);
        this.kind = kind;
        this.step = step;
        this.level = level;
    }

    static ReviewRefusal ownSubmission(Step step) {
        return new ReviewRefusal(Kind.OWN_SUBMISSION, step, null, "A reviewer cannot decide on their own submission");
    }

    static ReviewRefusal otherUnit(Step step, ReviewLevel level) {
        return new ReviewRefusal(Kind.OTHER_UNIT, step, level, "The item belongs to another unit or squad");
    }

    static ReviewRefusal levelMayNot(Step step, ReviewLevel level) {
        return new ReviewRefusal(Kind.LEVEL_MAY_NOT, step, level, "A " + level + " reviewer cannot take step " + step);
    }

    public Kind kind() {
        return kind;
    }

    public Step step() {
        return step;
    }

    /** The reviewer's level, for {@link Kind#LEVEL_MAY_NOT} and {@link Kind#OTHER_UNIT}. */
    public ReviewLevel level() {
        return level;
    }
}
