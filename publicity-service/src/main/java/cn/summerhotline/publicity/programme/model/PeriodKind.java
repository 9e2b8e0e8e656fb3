package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** How precisely a publicity period is given: a whole month, a part of one, or a single day. */
public enum PeriodKind implements Labelled {
    MONTH("整月", "Month"),
    PART_OF_MONTH("旬", "Part of a month"),
    DAY("单日", "Day");

    private final Label label;

    PeriodKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
