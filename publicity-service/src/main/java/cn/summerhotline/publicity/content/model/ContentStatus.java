package cn.summerhotline.publicity.content.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where content stands in the review chain; only PUBLISHED content is public. */
public enum ContentStatus implements Labelled {
    DRAFT("草稿", "Draft"),
    IN_REVIEW("审核中", "In review"),
    REJECTED("未通过", "Rejected"),
    PUBLISHED("已发布", "Published"),
    TAKEN_DOWN("已下架", "Taken down"),
    HIDDEN("暂停展示", "Hidden");

    private final Label label;

    ContentStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
