package cn.summerhotline.openday.cloud.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What a section's item is: text with images, a video, a "red check-in" point, or one of the two releases. */
public enum ItemKind implements Labelled {
    ARTICLE(new Label("图文", "Text with images"), "ARTICLE"),
    VIDEO(new Label("视频", "Video"), "VIDEO"),
    CHECK_IN_POINT(new Label("红色打卡点", "Red check-in point"), "ARTICLE"),
    WARM_UP_RELEASE(new Label("预热发布", "Warm-up release"), "ARTICLE"),
    MAIN_RELEASE(new Label("主发布(满意度测评)", "Main release (satisfaction survey)"), "ARTICLE");

    private final Label label;
    private final String reviewKind;

    ItemKind(Label label, String reviewKind) {
        this.label = label;
        this.reviewKind = reviewKind;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The content kind review-service knows it by (contracts/schemas/parts/content-submission.v1). */
    public String reviewKind() {
        return reviewKind;
    }

    public boolean release() {
        return this == WARM_UP_RELEASE || this == MAIN_RELEASE;
    }
}
