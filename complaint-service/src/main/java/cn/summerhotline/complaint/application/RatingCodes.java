package cn.summerhotline.complaint.application;

import java.security.SecureRandom;

/**
 * The rating code of a complaint: six random digits handed to the reporter in the receipt (read out by the
 * operator, passed on by the district system or media), the proof that a rating comes from the reporter. Not
 * the phone's last four digits: masked views show exactly those.
 */
public final class RatingCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RatingCodes() {}

    public static String draw() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** What a citizen typed, without spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\-]", "");
    }
}
