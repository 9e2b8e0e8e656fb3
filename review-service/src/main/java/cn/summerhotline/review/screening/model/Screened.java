package cn.summerhotline.review.screening.model;

import java.util.List;

/** The pre-screen's verdict on a text: every match, in the order they stand in the text. */
public record Screened(List<ScreeningMatch> matches) {

    public static final Screened CLEAN = new Screened(List.of());

    public Screened {
        matches = List.copyOf(matches);
    }

    /** A BLOCK match rejects the item before any reviewer sees it. */
    public boolean blocked() {
        return matches.stream().anyMatch(ScreeningMatch::blocks);
    }

    public boolean flagged() {
        return matches.stream().anyMatch(match -> !match.blocks());
    }
}
