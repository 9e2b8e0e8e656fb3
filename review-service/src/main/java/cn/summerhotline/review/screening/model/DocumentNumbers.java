package cn.summerhotline.review.screening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official document numbers (发文字号): an issuer's abbreviation, the year in brackets, the serial number and 号,
 * as in {@code 沪城管执〔2021〕64号}, with 〔〕, [], (), 【】 or ﹝﹞ (full-width ones too).
 *
 * <p>The issuer's abbreviation starts with the issuing region's one-character name (沪, 国, 京, ...); the match
 * starts there, so {@code 根据沪城管执〔2021〕64号} is found from 沪. Without such a name, the number is found from
 * its bracket on.
 */
final class DocumentNumbers {

    private static final String REGIONS = "沪京津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏蒙桂国";

    private static final Pattern NUMBER = Pattern.compile("(?:[" + REGIONS + "]\\p{IsHan}{0,9})?"
            + "[〔\\[(【﹝]\\s*(?:19|20)\\d{2}\\s*[〕\\])】﹞]\\s*第?\\s*\\d{1,5}\\s*号");

    private DocumentNumbers() {}

    /** In a text whose full-width forms are ASCII ({@link WordForms#asciiForms}). */
    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(new Finding(MatchKind.DOCUMENT_NUMBER, m.start(), m.end()));
        }
        return found;
    }
}
