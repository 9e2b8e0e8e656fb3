package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/**
 * Where a project stands. The implementing unit reports PLANNED to DONE; LATE is never reported, it follows from
 * the calendar (the period is over and nothing was published).
 */
public enum ProgressStatus implements Labelled {
    PLANNED("未启动", "Planned"),
    PREPARING("筹备中", "Preparing"),
    PUBLISHING("宣传中", "Publishing"),
    DONE("已完成", "Done"),
    LATE("已逾期", "Late");

    private final Label label;

    ProgressStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
