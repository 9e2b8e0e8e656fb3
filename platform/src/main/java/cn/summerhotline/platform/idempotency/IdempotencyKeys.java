package cn.summerhotline.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers which record an {@code Idempotency-Key} created or changed, and from which request (docs/ARCHITECTURE.md,
 * HTTP API conventions: POSTs from district systems accept an {@code Idempotency-Key}).
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for a request with the given fingerprint and the id of its record. Returns the claim as stored:
     * the caller's own when the key was new, or the earlier one.
     */
    Claim claim(String key, String fingerprint, String recordId);

    /** The earlier claim of the key, if any. */
    Optional<Claim> find(String key);

    record Claim(String key, String fingerprint, String recordId) {}

    /** A key is the caller's own: two callers may use the same key for different requests. */
    static String scope(String caller, String key) {
        return caller + ":" + key.strip();
    }

    /** What makes two requests the same request: a hash of their full description. */
    static String fingerprint(String request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
