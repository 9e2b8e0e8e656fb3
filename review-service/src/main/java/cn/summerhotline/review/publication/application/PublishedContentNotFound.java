package cn.summerhotline.review.publication.application;

/**
 * No published content with that id: unknown, or pending, rejected, hidden or taken down. The public cannot tell
 * these apart, so that nothing about content that is not out there leaks.
 */
public class PublishedContentNotFound extends RuntimeException {

    private final String reference;

    public PublishedContentNotFound(String reference) {
        super("No published content " + reference);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
