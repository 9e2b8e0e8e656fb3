package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/**
 * Why a published item is HIDDEN pending the city bureau's re-review: the public reported it often enough, or a
 * BLOCK word added since its publication matches it. Neither is a reviewer's takedown (TAKEN_DOWN): the city
 * bureau's re-review restores the item or takes it down.
 */
public enum HiddenCause implements Labelled {
    REPORTS("公众举报", "Public reports"),
    SCREENING("新增拦截词命中", "A new block word matches");

    private final Label label;

    HiddenCause(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The cause of a step that hides an item; null for any other step. */
    public static HiddenCause of(Step step) {
        return switch (step) {
            case HIDDEN -> REPORTS;
            case RESCREENED -> SCREENING;
            default -> null;
        };
    }
}
