package cn.summerhotline.complaint.application;

/**
 * No complaint with that id or tracking number, or one the caller may not see: the two are one refusal, so that
 * another district's case cannot be told from a missing one.
 */
public class ComplaintNotFound extends RuntimeException {

    private final String reference;

    public ComplaintNotFound(String reference) {
        super("No complaint " + reference);
        this.reference = reference;
    }

    /** The id or tracking number as the caller gave it. */
    public String reference() {
        return reference;
    }
}
