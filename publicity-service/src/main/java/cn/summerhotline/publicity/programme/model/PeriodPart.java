package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The part of a month a publicity period may name, as printed plans do (上旬, 中旬, 下旬). */
public enum PeriodPart implements Labelled {
    EARLY("上旬", "Early", 1, 10),
    MIDDLE("中旬", "Middle", 11, 20),
    LATE("下旬", "Late", 21, 31);

    private final Label label;
    private final int firstDay;
    private final int lastDay;

    PeriodPart(String zh, String en, int firstDay, int lastDay) {
        this.label = new Label(zh, en);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public int firstDay() {
        return firstDay;
    }

    /** The last day, 31 for the late part whatever the month's length (clamped by the period). */
    public int lastDay() {
        return lastDay;
    }

    @Override
    public Label label() {
        return label;
    }
}
