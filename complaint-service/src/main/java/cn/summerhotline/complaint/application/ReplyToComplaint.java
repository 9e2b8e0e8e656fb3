package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Reply;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Answers the citizen, and every citizen whose case was merged into this one (件件有回音). Merged cases are
 * found by their own reference to this case, so passing the answer on again reaches any that were missed:
 * besides the immediate pass-on here, the {@code replied} event (stored with the reply, in the same write)
 * triggers {@link #passOnAnswerOf} again, so a stop between the two writes leaves no citizen unanswered.
 */
@Component
public class ReplyToComplaint {

    private final ComplaintChanges changes;
    private final Complaints complaints;

    public ReplyToComplaint(ComplaintChanges changes, Complaints complaints) {
        this.changes = changes;
        this.complaints = complaints;
    }

    public Complaint reply(Caller caller, String id, String message, ReplyChannel channel) {
        caller.requireAny(Access.REPLIERS);
        Complaint answered = changes.change(
                caller, id, (complaint, now) -> complaint.reply(message, channel, Access.actor(caller), now));
        passOnAnswer(answered);
        return answered;
    }

    /** Gives the latest answer of a case to the cases merged into it that lack it; does nothing twice. */
    public void passOnAnswerOf(String complaintId) {
        complaints.byId(complaintId).ifPresent(this::passOnAnswer);
    }

    /** Gives the latest answer of the case to each case merged into it that has not received it yet. */
    void passOnAnswer(Complaint primary) {
        if (primary.answers().replies().isEmpty()) {
            return;
        }
        Reply latest = primary.answers().latest();
        for (Complaint merged : complaints.mergedInto(primary.id())) {
            boolean hasIt = merged.answers().replies().stream()
                    .anyMatch(r -> primary.trackingNumber().equals(r.fromCase()) && !r.at().isBefore(latest.at()));
            if (!hasIt) {
                changes.apply(merged, (m, now) -> m.receiveAnswerOf(primary, latest, now));
            }
        }
    }
}
