package cn.summerhotline.complaint.application;

/** Remembers which complaint an {@code Idempotency-Key} created, and from which request. */
public interface IdempotencyKeys {

    /**
     * Claims the key for a request with the given fingerprint and the id its complaint will get. Returns the
     * claim as stored: the caller's own when the key was new, or the earlier one.
     */
    Claim claim(String key, String fingerprint, String complaintId);

    record Claim(String key, String fingerprint, String complaintId) {}
}
