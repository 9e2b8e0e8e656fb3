package cn.summerhotline.review.screening.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (GB 11643): 18 characters, a region code, a birth date that exists, a sequence number and
 * the ISO 7064 MOD 11-2 check character (0-9 or X), written whole or grouped 6-8-4. An 18-digit number whose
 * check character is wrong is some other number (an order, an account) and is not reported.
 */
final class IdNumbers {

    private static final Pattern ID = Pattern.compile("(?=[1-9])(?<![0-9])(?<region>[1-9]\\d{5}) ?"
            + "(?<birth>(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])) ?"
            + "(?<rest>\\d{3}[0-9Xx])(?![0-9])");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {}

    /** In a text whose full-width forms are ASCII ({@link WordForms#asciiForms}). */
    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (valid(m.group("region") + m.group("birth") + m.group("rest"))) {
                found.add(new Finding(MatchKind.ID_NUMBER, m.start(), m.end()));
            }
        }
        return found;
    }

    /** Eighteen characters whose birth date exists and whose check character is right. */
    static boolean valid(String id) {
        if (id.length() != 18) {
            return false;
        }
        try {
            LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char digit = id.charAt(i);
            if (digit < '0' || digit > '9') {
                return false;
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }
}
