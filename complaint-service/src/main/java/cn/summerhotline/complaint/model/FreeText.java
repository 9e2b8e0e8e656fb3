package cn.summerhotline.complaint.model;

/**
 * What every text a complaint takes in must be: no control characters but tab and line breaks, no
 * non-characters, no lone surrogates. Such characters cannot be written in XML 1.0 (GeoReport), break
 * spreadsheets and logs, and no citizen types them; refusing them at intake keeps every output well-formed.
 */
final class FreeText {

    private FreeText() {}

    /** A text that must say something: not blank, and clean. */
    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ComplaintRuleViolation(field, field + " must not be blank");
        }
        requireClean(field, value);
    }

    static void requireClean(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                            && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if (control || nonCharacter || loneSurrogate) {
                throw new ComplaintRuleViolation(
                        field,
                        "control-characters",
                        field + " contains a control character (U+%04X)".formatted((int) c));
            }
        }
    }
}
