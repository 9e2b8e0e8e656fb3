package cn.summerhotline.complaint.application;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking numbers that cannot be guessed yet can be read over the phone: ten random characters (50 bits from
 * {@link SecureRandom}) of Crockford's base 32 (digits and letters without I, L, O and U) and a Luhn mod 32
 * check character, in groups of four, e.g. {@code 7K3M-9QX2-4TM}. The check character catches any one mistyped
 * character and most swaps of neighbours, so a mistyped number is refused before the store is asked. Citizens
 * may type them in any case, with or without dashes or spaces; I and L read as 1, O as 0. Uniqueness is the
 * store's unique index; a clash is simply drawn again.
 */
public final class TrackingNumbers {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARACTERS = 10;
    static final int LENGTH = RANDOM_CHARACTERS + 1;
    private static final int BASE = ALPHABET.length();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {}

    public static String draw() {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            payload.append(ALPHABET.charAt(RANDOM.nextInt(BASE)));
        }
        return group(payload.append(checkCharacter(payload)).toString());
    }

    /**
     * The canonical form of what a citizen typed, or empty when it cannot be a tracking number (wrong length,
     * a character outside the alphabet, or a check character that does not fit).
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s\\-_.·]", "")
                .toUpperCase(Locale.ROOT)
                .replace('I', '1')
                .replace('L', '1')
                .replace('O', '0');
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        char check = checkCharacter(compact.substring(0, RANDOM_CHARACTERS));
        return check == compact.charAt(RANDOM_CHARACTERS) ? Optional.of(group(compact)) : Optional.empty();
    }

    /** Luhn mod N over the alphabet: every second value from the right is doubled and its base-32 digits summed. */
    static char checkCharacter(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(payload.charAt(i));
            int addend = doubled ? value * 2 : value;
            sum += addend / BASE + addend % BASE;
            doubled = !doubled;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }

    private static String group(String compact) {
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }
}
