package cn.summerhotline.openday.registration.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;

/**
 * Where a registration stands. PENDING lasts from its insert until it holds a place or a waiting-list ticket (a
 * few milliseconds; longer only for a straggler of a crashed instance, which the sweep finishes).
 */
public enum RegistrationStatus implements Labelled {
    PENDING(new Label("处理中", "Pending")),
    CONFIRMED(new Label("已确认", "Confirmed")),
    WAITLISTED(new Label("候补中", "Waitlisted")),
    CANCELLED(new Label("已取消", "Cancelled"));

    private final Label label;

    RegistrationStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
