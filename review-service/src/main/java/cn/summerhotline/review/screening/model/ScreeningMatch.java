package cn.summerhotline.review.screening.model;

/**
 * One finding in a text, with its place so that the reviewer sees it where it stands: {@code start} inclusive,
 * {@code end} exclusive, in UTF-16 code units of the text screened (as Java and JavaScript index strings).
 *
 * @param kind what was found
 * @param found the characters of the text at that place (what the reviewer is shown)
 * @param word the listed word it matched, for {@link MatchKind#WORD}; else null
 * @param tag the list entry's tag (e.g. 政治, 内部信息), or the detector's kind name
 * @param action BLOCK or FLAG
 */
public record ScreeningMatch(
        MatchKind kind, String found, String word, String tag, ScreeningAction action, int start, int end) {

    public ScreeningMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a match covers at least one character: " + start + ".." + end);
        }
    }

    public boolean blocks() {
        return action == ScreeningAction.BLOCK;
    }
}
