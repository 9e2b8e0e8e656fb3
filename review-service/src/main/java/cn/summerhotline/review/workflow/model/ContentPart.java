package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The part of the content a pre-screen match stands in. */
public enum ContentPart implements Labelled {
    TITLE("标题", "Title"),
    BODY("正文", "Body");

    private final Label label;

    ContentPart(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
