package cn.summerhotline.platform.privacy;

import java.util.regex.Pattern;

/**
 * How Chinese phone and ID card numbers are written, as one pattern with named groups. Each number must stand on
 * its own (no digit directly before or after it), so that it is never a piece of a longer number such as a
 * courier number; each needs the structure of its kind (mobile prefixes 13-19, area codes starting with 0, a
 * valid month and day in an ID number), so that dates, amounts and house numbers do not look like one.
 */
final class PhoneAndIdPatterns {

    private static final String BEFORE = "(?<![0-9+＋])";
    private static final String AFTER = "(?![0-9])";
    private static final String COUNTRY = "(?:(?:\\+|＋|00)?86[ -]?|[(（]\\+?86[)）][ -]?)";
    private static final String AREA = "(?:10|2\\d|[3-9]\\d\\d)";
    private static final String DATE = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

    /** An 18-character ID (check character X allowed) or an old 15-digit one. */
    private static final String ID =
            "(?<id>[1-8]\\d{5}(?:18|19|20)\\d\\d" + DATE + "\\d{3}[0-9Xx]" + "|[1-8]\\d{5}\\d\\d" + DATE + "\\d{3})";

    /** 13912345678, 139-1234-5678, 139 1234 5678, +86 139 1234 5678, (+86)13912345678, 008613912345678. */
    private static final String MOBILE = "(?<mobile>" + COUNTRY + "?(?<mobileNational>1[3-9]\\d(?:[ -]?\\d{4}){2}))";

    /** 021-64321234, (021) 6432 1234, （021）64321234, +86 21 6432 1234, with -8001, 转8001, ext. 8001. */
    private static final String LANDLINE = "(?<landline>(?:" + COUNTRY + "(?<intlArea>" + AREA + ")[ -]?"
            + "|(?<area>[(（]0" + AREA + "[)）]|0" + AREA + ")[ -]?)"
            + "(?<local>[2-9]\\d{2,3}[ -]?\\d{4})"
            + "(?:(?:-|#| ?(?:转|分机|ext\\.?|x) ?)\\d{1,6})?)";

    /** A local number without area code is only taken for one after a word that says it is a phone number. */
    private static final String KEYED_LOCAL = "(?<keyed>(?<keyword>电话|座机|固话|联系方式|tel|Tel|TEL|phone|Phone)"
            + "(?<keySep>(?:号码|号)?[:：\\s]*(?:是|为)?[:：\\s]*)"
            + "(?<keyedLocal>[2-9]\\d{2,3}[ -]?\\d{4}))";

    static final Pattern ANY =
            Pattern.compile(BEFORE + "(?:" + ID + "|" + MOBILE + "|" + LANDLINE + "|" + KEYED_LOCAL + ")" + AFTER);

    private PhoneAndIdPatterns() {}

    static String digits(String value) {
        return digits(value, false);
    }

    /** The digits of a number (full-width ones as ASCII), and with {@code keepX} a check character X. */
    static String digits(String value, boolean keepX) {
        StringBuilder digits = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            int ascii = c >= '０' && c <= '９' ? c - '０' + '0' : c;
            if (ascii >= '0' && ascii <= '9' || keepX && ascii == 'X') {
                digits.append((char) ascii);
            }
        });
        return digits.toString();
    }

    /** Full-width digits as ASCII ones, one character for one, so that the patterns see a single form. */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '０' && chars[i] <= '９') {
                chars[i] = (char) (chars[i] - '０' + '0');
            }
        }
        return new String(chars);
    }
}
