package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Takes one of the plain handling steps ({@link StepCommand}) on a complaint the caller may see. */
@Component
public class TakeStep {

    private final ComplaintChanges changes;

    public TakeStep(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint take(Caller caller, StepCommand step) {
        step.checkRole(caller);
        return changes.change(caller, step.id(), (complaint, now) -> step.takeOn(complaint, caller, now));
    }
}
