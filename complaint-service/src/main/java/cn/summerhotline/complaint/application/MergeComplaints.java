package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Merges a duplicate into the case that carries the handling. The duplicate is written first: it holds the
 * reference its citizen's answer follows, so a failure before the primary is updated loses nothing that
 * matters; the primary's list of merged cases is completed on the next merge or reply.
 */
@Component
public class MergeComplaints {

    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final ComplaintChanges changes;

    public MergeComplaints(Complaints complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    /** Merges {@code duplicateId} into {@code primaryId}; returns the duplicate as stored. */
    public Complaint merge(Caller caller, String duplicateId, String primaryId) {
        caller.requireAny(Access.ROUTERS);
        Complaint merged = null;
        for (int attempt = 1; merged == null; attempt++) {
            Complaint duplicate = visible(caller, duplicateId);
            Complaint primary = visible(caller, primaryId);
            merged = changes.apply(duplicate, (d, now) -> d.mergeInto(primary, Access.actor(caller), now))
                    .orElse(null);
            if (merged == null && attempt == ATTEMPTS) {
                throw ConcurrentUpdate.ofMerge(duplicateId, primaryId);
            }
        }
        Complaint duplicate = merged;
        changes.change(caller, primaryId, (p, now) -> p.absorb(duplicate, Access.actor(caller), now));
        return merged;
    }

    private Complaint visible(Caller caller, String id) {
        return complaints.byId(id).filter(c -> Access.mayRead(caller, c)).orElseThrow(() -> new ComplaintNotFound(id));
    }
}
