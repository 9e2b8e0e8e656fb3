package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the complaints whose deadline has passed while they still wait for handling, marks them overdue and
 * announces each one. A case changed meanwhile is looked at again in the next run.
 */
@Component
public class DetectOverdueComplaints {

    private static final int BATCH = 500;

    private final Complaints complaints;
    private final ComplaintChanges changes;

    public DetectOverdueComplaints(Complaints complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    /** Returns how many complaints were marked overdue. */
    public int run() {
        List<Complaint> candidates = complaints.pastDeadlineNotMarked(changes.now(), BATCH);
        int marked = 0;
        for (Complaint complaint : candidates) {
            boolean[] changed = {false};
            if (changes.apply(complaint, (c, now) -> changed[0] = c.detectOverdue(now))
                            .isPresent()
                    && changed[0]) {
                marked++;
            }
        }
        return marked;
    }
}
