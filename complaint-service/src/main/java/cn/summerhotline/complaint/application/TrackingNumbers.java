package cn.summerhotline.complaint.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tracking numbers a citizen can read over the phone: twelve digits in groups of four, the first six the
 * business date ({@code yyMMdd}, Asia/Shanghai), e.g. {@code 2108-0512-3456}. Uniqueness is the store's
 * unique index; a clash is simply drawn again.
 */
public final class TrackingNumbers {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyMMdd").withZone(BUSINESS_ZONE);

    private TrackingNumbers() {}

    public static String draw(Instant now) {
        String digits = DAY.format(now)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return group(digits);
    }

    /**
     * The canonical form of what a citizen typed: spaces, dashes and other separators are ignored. Anything but
     * twelve digits is returned unchanged, so that it simply matches nothing.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = typed.replaceAll("[\\s\\-_.]", "");
        return digits.matches("\\d{12}") ? group(digits) : typed;
    }

    private static String group(String digits) {
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12);
    }
}
