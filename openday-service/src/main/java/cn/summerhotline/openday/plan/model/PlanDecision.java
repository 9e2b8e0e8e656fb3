package cn.summerhotline.openday.plan.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/** The city bureau office's decision on a submitted plan. */
public enum PlanDecision implements Labelled {
    ACCEPT(new Label("采纳", "Accept")),
    RETURN(new Label("退回修改", "Return for revision"));

    private final Label label;

    PlanDecision(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
