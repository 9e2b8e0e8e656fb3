package cn.summerhotline.review.workflow.application;

/**
 * No review item with that id, or one the caller may not see: the two are one refusal, so that another unit's
 * item cannot be told from a missing one.
 */
public class ReviewNotFound extends RuntimeException {

    private final String reference;

    public ReviewNotFound(String reference) {
        super("No review item " + reference);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
