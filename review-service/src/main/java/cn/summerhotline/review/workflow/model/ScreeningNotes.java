package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import java.util.stream.Collectors;

/**
 * What the pre-screen's verdict says in the history, in the users' language: its summary, and the reason of a
 * rejection at once. A reason names the listed words and the kinds of internal information found, never the text
 * found itself: a phone number or a document number must not travel on in the rejection.
 */
final class ScreeningNotes {

    private ScreeningNotes() {}

    static String summary(Screened screened) {
        long blocks = screened.matches().stream().filter(ScreeningMatch::blocks).count();
        long flags = screened.matches().size() - blocks;
        if (blocks == 0 && flags == 0) {
            return "未发现问题";
        }
        return "拦截 " + blocks + " 处，提示 " + flags + " 处";
    }

    static String blockReason(Screened screened) {
        return "预审拦截："
                + screened.matches().stream()
                        .filter(ScreeningMatch::blocks)
                        .map(ScreeningNotes::named)
                        .distinct()
                        .collect(Collectors.joining("、"));
    }

    private static String named(ScreeningMatch match) {
        String what = match.word() != null ? match.word() : match.kind().name();
        return match.tag() == null || match.tag().equals(what) ? what : what + "（" + match.tag() + "）";
    }
}
