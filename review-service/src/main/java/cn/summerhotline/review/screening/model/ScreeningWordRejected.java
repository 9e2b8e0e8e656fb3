package cn.summerhotline.review.screening.model;

import java.util.Arrays;

/** A word list entry that breaks one of the list's rules: which field, which rule, and the rule's limit. */
public class ScreeningWordRejected extends RuntimeException {

    public enum Rule {
        MISSING,
        TOO_LONG,
        /** Fewer characters than {@link ScreeningWord#MIN_KEY_LENGTH} once spaces and symbols are dropped. */
        TOO_SHORT,
        /** A clause mark or line break inside the word, which no match can run across. */
        PUNCTUATION
    }

    private final String field;
    private final Rule rule;
    private final transient Object[] limits;

    public ScreeningWordRejected(String field, Rule rule, Object... limits) {
        super(field + ": " + rule + " " + Arrays.toString(limits));
        this.field = field;
        this.rule = rule;
        this.limits = limits.clone();
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    public Object[] limits() {
        return limits.clone();
    }
}
