package cn.summerhotline.review.screening.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Terms compiled for matching: an Aho-Corasick automaton (org.ahocorasick, plain Java) over their folded keys,
 * run over a text folded by {@link WordForms}, every hit mapped back to the original characters. Immutable once
 * built, so one list can be read by any number of threads while the next one is being built.
 */
public final class WordList {

    /** A term to find: its folded key, as listed, and what a match means. */
    public record Term(String key, String word, String tag, ScreeningAction action, MatchKind kind) {}

    public static final WordList EMPTY = of(List.of());

    private static final Comparator<ScreeningMatch> BY_PLACE = Comparator.comparingInt(ScreeningMatch::start)
            .thenComparing(Comparator.comparingInt(ScreeningMatch::end).reversed())
            .thenComparing(ScreeningMatch::action);

    private final PayloadTrie<Term> trie;
    private final int size;

    private WordList(PayloadTrie<Term> trie, int size) {
        this.trie = trie;
        this.size = size;
    }

    /** Terms with the same key are one term; if their actions differ, the stricter (BLOCK) wins. */
    public static WordList of(Collection<Term> terms) {
        Map<String, Term> byKey = new LinkedHashMap<>();
        for (Term term : terms) {
            if (!term.key().isEmpty()) {
                byKey.merge(term.key(), term, (kept, other) -> other.action() == ScreeningAction.BLOCK ? other : kept);
            }
        }
        PayloadTrie.PayloadTrieBuilder<Term> builder = PayloadTrie.builder();
        byKey.values().forEach(term -> builder.addKeyword(term.key(), term));
        return new WordList(builder.build(), byKey.size());
    }

    public int size() {
        return size;
    }

    /**
     * Every place a term stands in the text, in text order. A match inside a longer one at least as strict is
     * left out ({@code 内部} inside {@code 内部资料}); a BLOCK inside a FLAG is kept, since it decides the item.
     */
    public List<ScreeningMatch> find(String text, WordForms.Folded folded) {
        if (size == 0 || folded.text().isEmpty()) {
            return List.of();
        }
        List<ScreeningMatch> hits = new ArrayList<>();
        for (PayloadEmit<Term> emit : trie.parseText(folded.text())) {
            Term term = emit.getPayload();
            int start = folded.originalStart(emit.getStart());
            int end = folded.originalEnd(emit.getEnd());
            if (standsAlone(text, term.key(), start, end)) {
                hits.add(new ScreeningMatch(
                        term.kind(),
                        text.substring(start, end),
                        term.kind() == MatchKind.WORD ? term.word() : null,
                        term.tag(),
                        term.action(),
                        start,
                        end));
            }
        }
        hits.sort(BY_PLACE);
        List<ScreeningMatch> kept = new ArrayList<>(hits.size());
        // Sorted by start, longer first: a hit is inside an earlier kept one exactly when that one ends no sooner.
        int furthestEnd = -1;
        int furthestBlockEnd = -1;
        for (ScreeningMatch hit : hits) {
            int covering = hit.blocks() ? furthestBlockEnd : furthestEnd;
            if (covering >= hit.end()) {
                continue;
            }
            kept.add(hit);
            furthestEnd = Math.max(furthestEnd, hit.end());
            if (hit.blocks()) {
                furthestBlockEnd = Math.max(furthestBlockEnd, hit.end());
            }
        }
        return kept;
    }

    /**
     * A term written in Latin letters or digits matches whole words only: {@code vpn} not inside {@code xvpn},
     * {@code 64} not inside {@code 1964}. Chinese is written without spaces, so a Chinese term matches anywhere.
     */
    private static boolean standsAlone(String text, String key, int start, int end) {
        if (isAsciiAlphanumeric(key.charAt(0)) && start > 0) {
            String before = WordForms.fold(text.codePointBefore(start));
            if (!before.isEmpty() && isAsciiAlphanumeric(before.charAt(before.length() - 1))) {
                return false;
            }
        }
        if (isAsciiAlphanumeric(key.charAt(key.length() - 1)) && end < text.length()) {
            String after = WordForms.fold(text.codePointAt(end));
            return after.isEmpty() || !isAsciiAlphanumeric(after.charAt(0));
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
