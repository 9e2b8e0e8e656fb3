package cn.summerhotline.openday.plan.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** Where a district's plan stands with the city bureau office. */
public enum PlanStatus implements Labelled {
    AWAITING_DECISION(new Label("待审定", "Awaiting a decision")),
    ACCEPTED(new Label("已采纳", "Accepted")),
    RETURNED(new Label("已退回修改", "Returned for revision"));

    private final Label label;

    PlanStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
