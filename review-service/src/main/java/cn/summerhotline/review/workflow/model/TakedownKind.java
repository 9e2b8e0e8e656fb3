package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Why published content is taken down (下架); the plan names the first two. */
public enum TakedownKind implements Labelled {
    /** It stirs a public-opinion incident (舆情): down at once. */
    PUBLIC_OPINION("引发舆情", "Public-opinion incident"),
    /** It is no longer timely or fitting. */
    UNTIMELY("内容不合时宜", "No longer timely"),
    OTHER("其他原因", "Other reason");

    private final Label label;

    TakedownKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
