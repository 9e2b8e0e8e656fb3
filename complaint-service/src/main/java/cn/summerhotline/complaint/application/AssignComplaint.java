package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Operators route a case to a district bureau; a district bureau passes one of its cases on to a squad. */
@Component
public class AssignComplaint {

    private final ComplaintChanges changes;

    public AssignComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    public Complaint assign(Caller caller, String id, String district, String squad) {
        caller.requireAny(Access.ROUTERS);
        return changes.change(caller, id, (complaint, now) -> {
            if (!Access.cityWide(caller)) {
                // A district bureau keeps the case within the district: only the city level re-routes it.
                if (district == null || !district.equals(caller.unit())) {
                    throw new AccessDeniedException("a district bureau assigns within its own district");
                }
            }
            complaint.assign(district, squad, Access.actor(caller), now);
        });
    }
}
