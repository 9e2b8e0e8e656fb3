package cn.summerhotline.publicity.importing.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Whether a defect kept its project out (ERROR) or the project was imported as printed, flagged (WARNING). */
public enum Severity implements Labelled {
    ERROR("错误(未导入)", "Error (not imported)"),
    WARNING("提示(已按原文导入)", "Warning (imported as printed)");

    private final Label label;

    Severity(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
