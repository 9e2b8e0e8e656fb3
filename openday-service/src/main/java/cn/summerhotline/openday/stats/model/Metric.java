package cn.summerhotline.openday.stats.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** What the open day counts (附件2 四(一)): online and on site, in one count per unit and for the year. */
public enum Metric implements Labelled {
    PARTICIPANTS(new Label("线上参与人数", "Online participants")),
    VIEWS(new Label("浏览和播放次数", "Views and plays")),
    QUIZ_ATTEMPTS(new Label("答题人次", "Quiz attempts")),
    STORIES(new Label("市民故事", "Citizens' stories")),
    MEDIA_REPORTS(new Label("媒体报道篇数", "Media reports")),
    MEDIA_EXPOSURE(new Label("媒体曝光量", "Media exposure")),
    REGISTRATIONS(new Label("现场报名", "On-site registrations")),
    CHECK_INS(new Label("现场签到人数", "On-site check-ins"));

    private final Label label;

    Metric(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
