package cn.summerhotline.openday.cloud.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where a year's cloud open day stands on a given day (附件2: preparation, test, online). */
public enum CloudPhase implements Labelled {
    NOT_STARTED(new Label("未开始", "Not started")),
    PREPARATION(new Label("素材准备", "Material preparation")),
    BETWEEN(new Label("准备与测试之间", "Between preparation and test")),
    PLATFORM_TEST(new Label("平台测试", "Platform test")),
    AWAITING_LAUNCH(new Label("等待上线", "Awaiting launch")),
    ONLINE(new Label("正式上线", "Online")),
    CLOSED(new Label("已结束", "Closed"));

    private final Label label;

    CloudPhase(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
