package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** A reviewer's decision at their level: on to the next level (published after the city), or rejected. */
public enum Decision implements Labelled {
    APPROVE("通过", "Approve"),
    REJECT("不通过", "Reject");

    private final Label label;

    Decision(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
