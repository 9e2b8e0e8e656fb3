package cn.summerhotline.review.screening.model;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When two spellings are one word for the pre-screen, and where each folded character of a text came from.
 *
 * <p>Every character is folded on its own, by ICU (Unicode's reference library; plain Java with no framework, so
 * the model may hold it): NFKC with case folding (full-width {@code Ａ} and {@code ａ} are {@code a}, {@code ①}
 * is {@code 1}), then traditional to simplified Chinese ({@code 輪} is {@code 轮}). Noise, the characters people
 * put between the characters of a word to slip past a filter (spaces, symbols, most punctuation, zero-width and
 * combining characters), folds to nothing. Folding one character at a time, never a whole phrase, is what lets a
 * match be mapped back to the exact characters of the original text.
 *
 * <p>The marks that end a Chinese clause (。，、；：！？) and line breaks are not noise: a word never runs across
 * them, so that {@code 方法。轮到} is not read as {@code 法轮}. They fold to {@link #BOUNDARY}, which no word holds.
 */
public final class WordForms {

    /** What a clause mark or a line break folds to: no listed word contains it, so no match crosses it. */
    public static final char BOUNDARY = '\n';

    private static final String BOUNDARY_TEXT = String.valueOf(BOUNDARY);
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    // Folding a character through ICU costs microseconds; the answer never changes, so each is folded once.
    // Racing writers store equal immutable strings, which is harmless.
    private static final String[] BMP = new String[Character.MAX_VALUE + 1];
    private static final Map<Integer, String> SUPPLEMENTARY = new ConcurrentHashMap<>();

    private WordForms() {}

    /**
     * A text folded, with each folded character's place in the original: {@code starts[i]} and {@code ends[i]}
     * are the UTF-16 range of the original character that folded character {@code i} came from.
     */
    public record Folded(String text, int[] starts, int[] ends) {

        public int originalStart(int folded) {
            return starts[folded];
        }

        /** The end (exclusive) in the original text of the folded character at {@code folded} (inclusive). */
        public int originalEnd(int folded) {
            return ends[folded];
        }
    }

    /** The form a listed word is matched in: folded, its noise dropped. */
    public static String key(String word) {
        return fold(word).text();
    }

    public static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 8];
        int[] ends = new int[text.length() + 8];
        int at = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            String folded = fold(codePoint);
            for (int i = 0; i < folded.length(); i++) {
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = at;
                ends[out.length()] = next;
                out.append(folded.charAt(i));
            }
            at = next;
        }
        return new Folded(out.toString(), starts, ends);
    }

    /** One character folded: empty for noise, {@link #BOUNDARY} for a clause mark or line break. */
    public static String fold(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            String known = BMP[codePoint];
            if (known == null) {
                known = foldOnce(codePoint);
                BMP[codePoint] = known;
            }
            return known;
        }
        return SUPPLEMENTARY.computeIfAbsent(codePoint, WordForms::foldOnce);
    }

    private static String foldOnce(int codePoint) {
        if (isBoundary(codePoint)) {
            return BOUNDARY_TEXT;
        }
        if (isNoise(codePoint)) {
            return "";
        }
        String normalised = NFKC_CASEFOLD.normalize(new String(Character.toChars(codePoint)));
        StringBuilder folded = new StringBuilder(normalised.length());
        // A compatibility form can unfold into several characters, some of them noise: ㈱ is (株).
        normalised.codePoints().filter(c -> !isNoise(c) && !isBoundary(c)).forEach(c -> {
            String one = new String(Character.toChars(c));
            synchronized (TO_SIMPLIFIED) {
                folded.append(TO_SIMPLIFIED.transliterate(one));
            }
        });
        return folded.toString();
    }

    /** Clause marks of Chinese text and line breaks: the places a word cannot run across. */
    public static boolean isBoundary(int codePoint) {
        return switch (codePoint) {
            case '\n', '\r', 0x85, 0x2028, 0x2029 -> true;
            case '。', '、', '，', '；', '：', '！', '？', '｡', '､' -> true;
            default -> false;
        };
    }

    /**
     * Characters that carry no letter of a word: spaces, punctuation, symbols (emoji included), zero-width and
     * other format characters, combining marks, and code points that are private or not yet assigned.
     */
    public static boolean isNoise(int codePoint) {
        if (isBoundary(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR,
                    Character.CONTROL,
                    Character.FORMAT,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    /**
     * The text with full-width ASCII forms ({@code １３９}, {@code （０２１）}, {@code ［２０２１］}) and the ideographic
     * space as their ASCII selves, one character for one, so that the detectors' patterns see one form and their
     * positions hold in the original.
     */
    public static String asciiForms(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '！' && c <= '～') {
                chars[i] = (char) (c - '！' + '!');
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
