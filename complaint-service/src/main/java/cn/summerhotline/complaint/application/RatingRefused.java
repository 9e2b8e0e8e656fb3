package cn.summerhotline.complaint.application;

/** A citizen's rating that is not taken: the code is not the receipt's, or too many wrong codes locked the case. */
public class RatingRefused extends RuntimeException {

    public enum Reason {
        /** The rating code does not belong to the case; the wrong attempt is counted. */
        WRONG_CODE,
        /** {@link cn.summerhotline.complaint.model.Rating#MAX_WRONG_CODES} wrong codes: no rating online any more. */
        LOCKED
    }

    private final Reason reason;

    public RatingRefused(Reason reason) {
        super("Rating refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
