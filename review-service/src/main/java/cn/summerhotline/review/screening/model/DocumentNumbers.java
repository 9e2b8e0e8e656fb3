package cn.summerhotline.review.screening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official document numbers (发文字号): an issuer's abbreviation, the year in brackets, the serial number and 号,
 * as in {@code 沪城管执〔2021〕64号}, with 〔〕, [], (), 【】 or ﹝﹞ (full-width ones too).
 *
 * <p>The issuer's abbreviation starts with the issuing region's one-character name (沪, 国, 京, ...), at most ten
 * characters before the bracket; the match starts there, so {@code 根据沪城管执〔2021〕64号} is found from 沪.
 * Without such a name, the number is found from its bracket on. The bracketed year is looked for first and the
 * issuer then read backwards from it: a pattern that tried every Chinese character as an issuer's start would
 * cost a hundred times more on ordinary copy.
 */
final class DocumentNumbers {

    private static final String REGIONS = "沪京津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏蒙桂国";
    private static final int LONGEST_ISSUER = 10;

    private static final Pattern NUMBER =
            Pattern.compile("[〔\\[(【﹝]\\s*(?:19|20)\\d{2}\\s*[〕\\])】﹞]\\s*第?\\s*\\d{1,5}\\s*号");

    private DocumentNumbers() {}

    /** In a text whose full-width forms are ASCII ({@link WordForms#asciiForms}). */
    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(new Finding(MatchKind.DOCUMENT_NUMBER, issuerStart(text, m.start()), m.end()));
        }
        return found;
    }

    /** Where the issuer's abbreviation before the bracket starts: its region's name, the leftmost one in reach. */
    private static int issuerStart(String text, int bracket) {
        int start = bracket;
        int at = bracket;
        for (int read = 0; read < LONGEST_ISSUER && at > 0; read++) {
            int codePoint = text.codePointBefore(at);
            if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
                break;
            }
            at -= Character.charCount(codePoint);
            if (REGIONS.indexOf(codePoint) >= 0) {
                start = at;
            }
        }
        return start;
    }
}
