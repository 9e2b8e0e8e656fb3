package cn.summerhotline.publicity.content.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What a project's content is, and the kind review-service knows it by. */
public enum ContentKind implements Labelled {
    ARTICLE("图文", "Article", "ARTICLE"),
    VIDEO("视频", "Video", "VIDEO"),
    POSTER("海报", "Poster", "IMAGE"),
    LIVE_STREAM_NOTICE("直播预告", "Live-stream notice", "LIVE_STREAM"),
    CASE_STUDY("典型案例", "Case study", "ARTICLE");

    private final Label label;
    private final String reviewKind;

    ContentKind(String zh, String en, String reviewKind) {
        this.label = new Label(zh, en);
        this.reviewKind = reviewKind;
    }

    /** The kind in the content-submission contract. */
    public String reviewKind() {
        return reviewKind;
    }

    @Override
    public Label label() {
        return label;
    }
}
