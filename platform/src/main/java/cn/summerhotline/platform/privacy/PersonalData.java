package cn.summerhotline.platform.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * The one masking policy for personal data leaving a service: phone numbers and resident ID card numbers found
 * in free text, and the names the caller knows to be personal (the reporter's). Everything that goes out to
 * readers without the right to see personal data, to the public, or to district-wide events passes through here.
 *
 * <p>No library fits offline (libphonenumber is not available here), so the formats are recognised by {@link
 * PhoneAndIdPatterns}; ordinary numbers (dates, amounts, courier and tracking numbers, house numbers) are left
 * alone because every pattern needs the shape of a Chinese number and digit boundaries on both sides.
 */
public final class PersonalData {

    private static final String STARS = "****";

    private PersonalData() {}

    /** Free text with every phone number and ID card number in it masked. */
    public static String mask(String freeText) {
        return mask(freeText, List.of());
    }

    /**
     * Free text with phone numbers, ID card numbers and the given names masked. Names of a single character are
     * left (they would mask ordinary words); the longest names are masked first so that a full name wins over its
     * given name.
     */
    public static String mask(String freeText, Collection<String> knownNames) {
        if (freeText == null || freeText.isEmpty()) {
            return freeText;
        }
        String masked = maskNumbers(PhoneAndIdPatterns.asciiDigits(freeText));
        List<String> names = knownNames == null
                ? List.of()
                : knownNames.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(n -> n.codePointCount(0, n.length()) >= 2)
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
        for (String name : names) {
            masked = masked.replace(name, maskName(name));
        }
        return masked;
    }

    /** Whether the text holds a phone number or an ID card number. */
    public static boolean containsNumbers(String freeText) {
        return freeText != null
                && PhoneAndIdPatterns.ANY
                        .matcher(PhoneAndIdPatterns.asciiDigits(freeText))
                        .find();
    }

    /**
     * {@code 13812345678} (in any of its written forms) becomes {@code 138****5678}; a landline {@code 021-64321234}
     * becomes {@code 021-****1234}, its extension dropped. Anything else keeps only its last two digits.
     */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String value = PhoneAndIdPatterns.asciiDigits(phone.strip());
        Matcher whole = PhoneAndIdPatterns.ANY.matcher(value);
        if (whole.matches() && (whole.group("mobile") != null || whole.group("landline") != null)) {
            return maskedPhone(whole);
        }
        String digits = PhoneAndIdPatterns.digits(value);
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
        }
        if (digits.length() > 2) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return "**";
    }

    /** {@code 王小明} becomes {@code 王**}: the first character stays, one star for each of the others. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }

    /** {@code 31010419800101123X} becomes {@code 310***********123X}; the birth date and region never show. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String value = PhoneAndIdPatterns.digits(idNumber.strip().toUpperCase(java.util.Locale.ROOT), true);
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    private static String maskNumbers(String text) {
        Matcher matcher = PhoneAndIdPatterns.ANY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = matcher.group("id") != null ? maskIdNumber(matcher.group("id")) : maskedPhone(matcher);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String maskedPhone(Matcher m) {
        if (m.group("mobile") != null) {
            String digits = PhoneAndIdPatterns.digits(m.group("mobileNational"));
            return digits.substring(0, 3) + STARS + digits.substring(7);
        }
        String area = m.group("area") != null
                ? PhoneAndIdPatterns.digits(m.group("area"))
                : m.group("intlArea") != null ? "0" + PhoneAndIdPatterns.digits(m.group("intlArea")) : null;
        String local = PhoneAndIdPatterns.digits(m.group("local") != null ? m.group("local") : m.group("keyedLocal"));
        String masked = "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
        if (area == null) {
            // A local number found after a word such as 电话: keep the word, mask the number.
            return m.group("keyword") + m.group("keySep") + masked;
        }
        return area + "-" + masked;
    }
}
