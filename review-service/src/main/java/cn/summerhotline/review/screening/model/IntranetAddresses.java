package cn.summerhotline.review.screening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses of a private network: IPv4 addresses of 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 (RFC 1918),
 * host names under suffixes that never resolve on the Internet ({@code .internal}, {@code .local}, {@code .lan},
 * {@code .intranet}, {@code .corp}), and URLs of such hosts or of a host without any dot ({@code http://oa/}).
 * A URL is found whole; an address inside it is not found again.
 */
final class IntranetAddresses {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String PRIVATE_IP = "(?:10(?:\\." + OCTET + "){3}"
            + "|172\\.(?:1[6-9]|2\\d|3[01])(?:\\." + OCTET + "){2}"
            + "|192\\.168(?:\\." + OCTET + "){2})";
    private static final String INTERNAL_HOST =
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:internal|local|lan|intranet|corp)";

    private static final Pattern URL = Pattern.compile(
            "(?=[hf])(?<![a-z0-9])(?:https?|ftp)://(?:" + PRIVATE_IP + "|" + INTERNAL_HOST
                    + "|[a-z0-9-]+)(?![a-z0-9.-])" + "(?::\\d{1,5})?(?:[/?#][^\\s<>\"'\\p{IsHan}，。、；：！？）】》」』]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile(
            "(?=1)(?<![0-9.])" + PRIVATE_IP + "(?::\\d{1,5})?(?![0-9]|\\.[0-9])" + "|(?=[a-z0-9])(?<![a-z0-9.-])"
                    + INTERNAL_HOST + "(?![a-z0-9-])",
            Pattern.CASE_INSENSITIVE);

    private IntranetAddresses() {}

    /** In a text whose full-width forms are ASCII ({@link WordForms#asciiForms}). */
    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            found.add(new Finding(MatchKind.INTRANET_ADDRESS, url.start(), url.end()));
        }
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            int start = address.start();
            int end = address.end();
            if (found.stream().noneMatch(u -> u.start() <= start && end <= u.end())) {
                found.add(new Finding(MatchKind.INTRANET_ADDRESS, start, end));
            }
        }
        return found;
    }
}
