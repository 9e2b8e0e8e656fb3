package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.Optional;

/** The three levels every piece of content passes, in order: squad, district bureau, city bureau. */
public enum ReviewLevel implements Labelled {
    SQUAD("中队审核", "Squad review"),
    DISTRICT("区局审核", "District bureau review"),
    CITY("市局审核", "City bureau review");

    private static final String CITY_UNIT = "city";

    private final Label label;

    ReviewLevel(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The level after this one; none after the city bureau, whose approval publishes. */
    public Optional<ReviewLevel> next() {
        return this == CITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * A reviewer's level follows from the token's claims: with a squad, SQUAD; a district unit without one,
     * DISTRICT; the city unit, CITY (docs/ARCHITECTURE.md, Security).
     */
    public static Optional<ReviewLevel> ofReviewer(String unit, String squad) {
        if (unit == null || unit.isBlank()) {
            return Optional.empty();
        }
        if (CITY_UNIT.equals(unit)) {
            return Optional.of(CITY);
        }
        return Optional.of(squad == null || squad.isBlank() ? DISTRICT : SQUAD);
    }
}
