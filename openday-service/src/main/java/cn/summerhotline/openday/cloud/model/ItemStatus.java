package cn.summerhotline.openday.cloud.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where an item stands in the three-level review; only PUBLISHED is ever public. */
public enum ItemStatus implements Labelled {
    IN_REVIEW(new Label("审核中", "In review")),
    PUBLISHED(new Label("已发布", "Published")),
    REJECTED(new Label("已退回", "Rejected")),
    TAKEN_DOWN(new Label("已下架", "Taken down")),
    HIDDEN(new Label("已隐藏", "Hidden"));

    private final Label label;

    ItemStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
