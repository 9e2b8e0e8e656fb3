package cn.summerhotline.platform.idempotency;

/**
 * An {@code Idempotency-Key} sent again with another request than the one it was first used for: answering the
 * earlier result would hide that the new request was not carried out. Answered as 422 problem+json
 * {@code idempotency-key-reused}.
 */
public class IdempotencyKeyReused extends RuntimeException {

    private final String key;

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was used for another request");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
