package cn.summerhotline.openday.stream.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where a live stream stands by its schedule. */
public enum StreamStatus implements Labelled {
    UPCOMING(new Label("即将开始", "Upcoming")),
    LIVE(new Label("直播中", "Live")),
    ENDED(new Label("已结束", "Ended"));

    private final Label label;

    StreamStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
