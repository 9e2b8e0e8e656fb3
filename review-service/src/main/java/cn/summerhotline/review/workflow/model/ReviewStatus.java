package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where a review item stands; a PENDING item also has its {@link ReviewLevel}. */
public enum ReviewStatus implements Labelled {
    PENDING("待审核", "Pending review"),
    REJECTED("未通过", "Rejected"),
    PUBLISHED("已发布", "Published"),
    /**
     * Hidden pending the city bureau's re-review, after public reports or because a BLOCK word added since matches
     * ({@link HiddenCause}); not a reviewer's takedown.
     */
    HIDDEN("隐藏待复核", "Hidden pending re-review"),
    TAKEN_DOWN("已下架", "Taken down");

    private final Label label;

    ReviewStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
