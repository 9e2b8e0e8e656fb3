package cn.summerhotline.openday.session.application;

/**
 * A venue, session, registration or check-in that is not there, or not the caller's to see (both answer alike):
 * the web layer answers 404 naming {@code entity} ({@code entity.<name>} in the bundles).
 */
public final class NotFound extends RuntimeException {

    private final String entity;
    private final String reference;

    public NotFound(String entity, String reference) {
        super(entity + " " + reference + " not found");
        this.entity = entity;
        this.reference = reference;
    }

    public String entity() {
        return entity;
    }

    public String reference() {
        return reference;
    }
}
