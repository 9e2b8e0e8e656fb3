package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The district bureau, its squad or its system takes an assigned case on. */
@Component
public class AcceptComplaint {

    private final ComplaintChanges changes;

    public AcceptComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint accept(Caller caller, String id) {
        caller.requireAny(Access.HANDLERS);
        return changes.change(caller, id, (complaint, now) -> complaint.accept(Access.actor(caller), now));
    }
}
