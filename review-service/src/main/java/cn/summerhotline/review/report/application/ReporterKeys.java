package cn.summerhotline.review.report.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a reporter by a keyed hash (HMAC-SHA256) of their token's subject or address: the same client gets the
 * same name on every replica (they share the key), and the stored name tells nobody who or where the client is;
 * without the key not even a guess of an address can be checked against it. A new key forgets every client, who
 * may then report once more: the price of rotating it.
 *
 * <p>An IPv6 client is named by its /64 network: one subscriber gets a whole /64 and picks addresses from it at
 * will, so the full address would let one person report as many.
 */
public final class ReporterKeys {

    public static final int MIN_KEY_BYTES = 32;

    /** 128 bits of the HMAC: far beyond any collision among reporters, and short in every stored report. */
    private static final int NAME_BYTES = 16;

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final SecretKeySpec key;

    public ReporterKeys(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the reporters' key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String of(Reporter reporter) {
        String who = reporter.subject() != null && !reporter.subject().isBlank()
                ? "subject:" + reporter.subject()
                : "address:" + network(reporter.address().strip());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(who.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, NAME_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** An IPv4 address as it is, an IPv6 address as its /64 network; anything else as it was written. */
    static String network(String address) {
        // Only a text with a colon is read as an address: Java takes it for an IPv6 literal and never looks a
        // name up for it. IPv4 addresses (and anything else) are named as they were written.
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped address: its IPv4 address
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
