package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The city bureau chooses a case for the enforcement coordination division and media to follow. */
@Component
public class FollowComplaint {

    private final ComplaintChanges changes;

    public FollowComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint follow(Caller caller, String id) {
        caller.requireAny(Access.CITY_BUREAU);
        return changes.change(caller, id, (complaint, now) -> complaint.follow(Access.actor(caller), now));
    }
}
