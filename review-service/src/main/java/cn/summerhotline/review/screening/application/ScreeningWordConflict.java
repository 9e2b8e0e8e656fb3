package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningWord;

/**
 * An entry whose word is on the list already, with another tag or action: refused, since quietly changing what
 * an existing entry does is the bureau's decision to make explicitly (delete it, then add it anew).
 */
public class ScreeningWordConflict extends RuntimeException {

    private final String field;
    private final transient ScreeningWord requested;
    private final transient ScreeningWord existing;

    public ScreeningWordConflict(String field, ScreeningWord requested, ScreeningWord existing) {
        super("'" + requested.word() + "' is listed already as '" + existing.word() + "'");
        this.field = field;
        this.requested = requested;
        this.existing = existing;
    }

    public String field() {
        return field;
    }

    public ScreeningWord requested() {
        return requested;
    }

    public ScreeningWord existing() {
        return existing;
    }
}
