package cn.summerhotline.openday.registration.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The registrant's cancel token, the check-in code and the key that makes a phone unique per session.
 *
 * <p>The token is an HMAC of the registration's id under the service's key: only its SHA-256 is stored, so a copy
 * of the store cancels nothing, yet a retried request (same Idempotency-Key) is answered the same token without
 * keeping it. The key must be the same on every replica.
 */
public final class RegistrationSecrets {

    /** Without 0/O, 1/I/L: read aloud at the door or typed from a printout. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int CODE_LENGTH = 8;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public RegistrationSecrets(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the registration token key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String token(String registrationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(registrationId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Whether the token is the registration's, compared in constant time. */
    public static boolean matches(String token, String storedHash) {
        if (token == null || token.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The key under which a phone may register once per session. */
    public static String phoneKey(String sessionId, String phone) {
        return sessionId + ":" + HexFormat.of().formatHex(sha256(phone)).substring(0, 32);
    }

    public String checkInCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A registration's id: 16 characters of [a-z0-9], no dot or dollar (it is a field name in the counter). */
    public String registrationId() {
        StringBuilder id = new StringBuilder(16);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 16; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
