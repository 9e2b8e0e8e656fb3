package cn.summerhotline.publicity.content.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/**
 * The review level content waits at (this service's copy of review-service's levels). A squad's content starts at
 * SQUAD, a district bureau's (or special unit's) at DISTRICT, the city bureau's at CITY.
 */
public enum ReviewLevel implements Labelled {
    SQUAD("中队审核", "Squad review"),
    DISTRICT("区局审核", "District bureau review"),
    CITY("市局审核", "City bureau review");

    private final Label label;

    ReviewLevel(String zh, String en) {
        this.label = new Label(zh, en);
    }

    public static ReviewLevel startingAt(String unit, String squad) {
        if ("city".equals(unit)) {
            return CITY;
        }
        return squad == null ? DISTRICT : SQUAD;
    }

    @Override
    public Label label() {
        return label;
    }
}
