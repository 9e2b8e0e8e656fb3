package cn.summerhotline.review.screening.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mobile and landline numbers as they are written in Chinese text: {@code 13912345678}, {@code 139 1234 5678},
 * {@code 139-1234-5678}, {@code +86 139 1234 5678}; {@code 021-6432 1234}, {@code (021)64321234},
 * {@code +86 21 6432 1234}, with an extension. A Shanghai number without its area code is taken when it is
 * written like one ({@code 6432 1234}, {@code 6432-1234}) or stands after a word that says it is a number to
 * call ({@code 电话：64321234}); a bare run of eight digits is as often an amount or a serial number.
 *
 * <p>Each number must stand alone (no digit right before or after it) and have the shape of its kind (mobile
 * prefixes 13-19, area codes from 0), so that dates, prices and longer numbers are not taken for one.
 */
final class PhoneNumbers {

    private static final String AREA = "(?:10|2\\d|[3-9]\\d\\d)";
    private static final String COUNTRY = "(?:(?:\\+|00)86[ -]?|\\(\\+?86\\)[ -]?)";
    private static final String EXTENSION = "(?:(?:-|#| ?(?:转|分机|ext\\.?|x) ?)\\d{1,6})?";

    // Each pattern opens with a look at the first character it can start with: most characters of Chinese
    // copy are not digits, and a failed look costs far less than the pattern's own alternatives.
    private static final Pattern MOBILE =
            Pattern.compile("(?=[+(01])(?<![0-9+])" + COUNTRY + "?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![0-9])");

    private static final Pattern WITH_AREA = Pattern.compile("(?=[+(0])(?<![0-9+])(?:" + COUNTRY + "0?" + AREA + "[ -]?"
            + "|\\(0" + AREA + "\\)[ -]?"
            + "|0" + AREA + "[ -]?)"
            + "[2-9]\\d{2,3}[ -]?\\d{4}" + EXTENSION + "(?![0-9])");

    /** A local number written 4-4, unless it is an amount (a unit follows) or a date (20210715). */
    private static final Pattern GROUPED_LOCAL =
            Pattern.compile("(?<![0-9+.\\-])(?<![0-9] )(?<digits>[2-9]\\d{3}[ -]\\d{4})"
                    + "(?![0-9]| [0-9]|\\.[0-9]|\\s?(?:元|万|亿|块|千|百|米|公里|吨|平方|人|户|个|次|件|%))");

    private static final Pattern KEYED_LOCAL = Pattern.compile(
            "(?=[电座固热传值联tTpP])(?:电话|座机|固话|热线|传真|值班室|联系方式|联系|tel|phone)(?:号码|号)?[:\\s]*(?:是|为)?[:\\s]*"
                    + "(?<digits>[2-9]\\d{6,7})(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    private PhoneNumbers() {}

    /** In a text whose full-width forms are ASCII ({@link WordForms#asciiForms}). */
    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            found.add(new Finding(MatchKind.MOBILE_NUMBER, mobile.start(), mobile.end()));
        }
        List<Finding> landlines = new ArrayList<>();
        Matcher withArea = WITH_AREA.matcher(text);
        while (withArea.find()) {
            landlines.add(new Finding(MatchKind.LANDLINE_NUMBER, withArea.start(), withArea.end()));
        }
        for (Pattern local : List.of(GROUPED_LOCAL, KEYED_LOCAL)) {
            Matcher m = local.matcher(text);
            while (m.find()) {
                int start = m.start("digits");
                int end = m.end("digits");
                boolean inside = found.stream().anyMatch(f -> f.start() <= start && end <= f.end())
                        || landlines.stream().anyMatch(f -> f.start() <= start && end <= f.end());
                if (!inside && !isDate(m.group("digits"))) {
                    landlines.add(new Finding(MatchKind.LANDLINE_NUMBER, start, end));
                }
            }
        }
        found.addAll(landlines);
        return found;
    }

    /** {@code 20210715} or {@code 2021 0715}: a date, not a number to call. */
    private static boolean isDate(String digits) {
        String plain = digits.replaceAll("[ -]", "");
        int year = Integer.parseInt(plain.substring(0, 4));
        if (year < 1900 || year > 2099) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(plain.substring(4, 6)), Integer.parseInt(plain.substring(6, 8)));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
