package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What kind of content is reviewed: publicity content, cloud open-day items, citizens' stories. */
public enum ContentKind implements Labelled {
    ARTICLE("图文", "Article"),
    IMAGE("图片", "Image"),
    VIDEO("视频", "Video"),
    LIVE_STREAM("直播", "Live stream"),
    STORY("市民故事", "Citizen's story"),
    QUIZ("互动问答", "Quiz"),
    OTHER("其他", "Other");

    private final Label label;

    ContentKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
