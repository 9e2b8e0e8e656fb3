package cn.summerhotline.publicity.content.model;

/** A step content's status does not allow (submit what is in review, edit what is published): 409. */
public class ContentConflict extends RuntimeException {

    private final ContentStatus status;

    public ContentConflict(ContentStatus status, String step) {
        super("content in " + status + " cannot " + step);
        this.status = status;
    }

    public ContentStatus status() {
        return status;
    }
}
