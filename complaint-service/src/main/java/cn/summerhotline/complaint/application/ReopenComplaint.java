package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** City-level staff reopen an answered case, e.g. when the citizen calls back that nothing changed. */
@Component
public class ReopenComplaint {

    private final ComplaintChanges changes;

    public ReopenComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint reopen(Caller caller, String id, String reason) {
        caller.requireAny(Access.REOPENERS);
        return changes.change(caller, id, (complaint, now) -> complaint.reopen(reason, Access.actor(caller), now));
    }
}
