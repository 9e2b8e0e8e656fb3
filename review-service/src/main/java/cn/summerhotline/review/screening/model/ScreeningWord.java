package cn.summerhotline.review.screening.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the city bureau's word lists: the word as the bureau wrote it, the folded key it is matched by
 * (see {@link WordForms}), its tag (e.g. 政治, 内部信息) and what a match does.
 *
 * <p>Its id is derived from the key, so two spellings of one word ({@code 法 轮}, {@code 法輪}, {@code 法轮}) are the
 * same entry wherever and however often they are added: the store itself keeps a word listed once.
 */
public record ScreeningWord(
        String id, String word, String key, String tag, ScreeningAction action, String addedBy, Instant addedAt) {

    public static final int MAX_WORD_LENGTH = 50;
    /** A single character would match in nearly every text: list the words it stands in instead. */
    public static final int MIN_KEY_LENGTH = 2;

    public static final int MAX_TAG_LENGTH = 20;

    public ScreeningWord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(action, "action");
    }

    /** A new entry, checked against the list's rules; refused with the field and the rule it breaks. */
    public static ScreeningWord listed(String word, String tag, ScreeningAction action, String addedBy, Instant at) {
        String written = word == null ? "" : word.strip();
        if (written.isEmpty()) {
            throw new ScreeningWordRejected("word", ScreeningWordRejected.Rule.MISSING);
        }
        if (written.length() > MAX_WORD_LENGTH) {
            throw new ScreeningWordRejected("word", ScreeningWordRejected.Rule.TOO_LONG, MAX_WORD_LENGTH);
        }
        if (written.codePoints().anyMatch(WordForms::isBoundary)) {
            throw new ScreeningWordRejected("word", ScreeningWordRejected.Rule.PUNCTUATION);
        }
        String key = WordForms.key(written);
        if (key.codePointCount(0, key.length()) < MIN_KEY_LENGTH) {
            throw new ScreeningWordRejected("word", ScreeningWordRejected.Rule.TOO_SHORT, MIN_KEY_LENGTH);
        }
        String label = tag == null ? "" : tag.strip();
        if (label.isEmpty()) {
            throw new ScreeningWordRejected("tag", ScreeningWordRejected.Rule.MISSING);
        }
        if (label.length() > MAX_TAG_LENGTH) {
            throw new ScreeningWordRejected("tag", ScreeningWordRejected.Rule.TOO_LONG, MAX_TAG_LENGTH);
        }
        if (action == null) {
            throw new ScreeningWordRejected("action", ScreeningWordRejected.Rule.MISSING);
        }
        return new ScreeningWord(idOf(key), written, key, label, action, addedBy, at);
    }

    /** The id of the entry a folded key belongs to: 16 hex digits of its SHA-256. */
    public static String idOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether an id could name an entry at all (anything else names none). */
    public static boolean wellFormedId(String id) {
        return id != null && id.matches("[0-9a-f]{16}");
    }

    /** The same word with the same tag and action: adding it again changes nothing. */
    public boolean sameEntryAs(ScreeningWord other) {
        return key.equals(other.key) && tag.equals(other.tag) && action == other.action;
    }

    /**
     * The entry as a term to match. The key is folded again from the word as written, so that entries stored
     * before a change of the folding rules still match as the rules now say.
     */
    public WordList.Term term() {
        return new WordList.Term(WordForms.key(word), word, tag, action, MatchKind.WORD);
    }
}
