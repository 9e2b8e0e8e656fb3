package cn.summerhotline.publicity.calendar;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** How the calendar groups the campaign's days. */
public enum Granularity implements Labelled {
    DAY("按日", "By day"),
    WEEK("按周", "By week"),
    MONTH("按月", "By month");

    private final Label label;

    Granularity(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
