package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The handlers record what was done about the matter. */
@Component
public class ResolveComplaint {

    private final ComplaintChanges changes;

    public ResolveComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint resolve(Caller caller, String id, String summary) {
        caller.requireAny(Access.HANDLERS);
        return changes.change(caller, id, (complaint, now) -> complaint.resolve(summary, Access.actor(caller), now));
    }
}
