package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Closes an answered case; refused while the citizen has not been answered. */
@Component
public class CloseComplaint {

    private final ComplaintChanges changes;

    public CloseComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint close(Caller caller, String id) {
        caller.requireAny(Access.CLOSERS);
        return changes.change(caller, id, (complaint, now) -> complaint.close(Access.actor(caller), now));
    }
}
