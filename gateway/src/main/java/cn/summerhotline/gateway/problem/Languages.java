package cn.summerhotline.gateway.problem;

import java.util.Locale;

/**
 * Which of the gateway's two languages a client prefers. Chinese unless {@code Accept-Language} ranks an
 * English range above every Chinese one (or above {@code *}). Only error answers ask, so parsing the header
 * with the JDK's parser is fine here.
 */
final class Languages {

    private Languages() {}

    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            // Sorted by weight, the header's order kept among equal weights.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange();
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return true;
                }
                if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
                    return false;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return false;
    }
}
