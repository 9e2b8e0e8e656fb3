package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What the city bureau office sees at a glance: on schedule, at risk of being late, or late. */
public enum Timeliness implements Labelled {
    ON_SCHEDULE("正常", "On schedule"),
    AT_RISK("有逾期风险", "At risk"),
    LATE("已逾期", "Late");

    private final Label label;

    Timeliness(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
