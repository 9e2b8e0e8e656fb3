package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The city bureau supervises (督办) a case: a note to the handlers and a new deadline. */
@Component
public class SuperviseComplaint {

    private final ComplaintChanges changes;

    public SuperviseComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint supervise(Caller caller, String id, String note, Instant dueAt) {
        caller.requireAny(Access.CITY_BUREAU);
        return changes.change(
                caller, id, (complaint, now) -> complaint.supervise(note, dueAt, Access.actor(caller), now));
    }
}
