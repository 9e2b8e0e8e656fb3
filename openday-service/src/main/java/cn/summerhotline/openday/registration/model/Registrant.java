package cn.summerhotline.openday.registration.model;

import java.util.regex.Pattern;

/**
 * The person who registers and how many come with them: a name, a mainland mobile number (the day's notices go
 * out by SMS), a party of one to five.
 *
 * @param phone normalised to its eleven digits, whatever spaces, dashes or {@code +86} it was written with
 */
public record Registrant(String name, String phone, int partySize) {

    public static final int MAX_PARTY = 5;
    public static final int MAX_NAME = 40;

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    public Registrant {
        if (name == null
                || name.isBlank()
                || name.strip().codePointCount(0, name.strip().length()) > MAX_NAME
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new RegistrationRuleViolation(RegistrationRuleViolation.Rule.NAME, "name");
        }
        name = name.strip();
        phone = normalised(phone);
        if (partySize < 1 || partySize > MAX_PARTY) {
            throw new RegistrationRuleViolation(RegistrationRuleViolation.Rule.PARTY_SIZE, "partySize");
        }
    }

    private static String normalised(String phone) {
        String digits = phone == null ? "" : SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new RegistrationRuleViolation(RegistrationRuleViolation.Rule.PHONE, "phone");
        }
        return digits;
    }
}
