package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintEvent;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.util.function.UnaryOperator;

/**
 * A complaint event as it leaves the service: type {@code summerhotline.complaint.<name>.v1}, routing key
 * {@code complaint.<name>.<district>} ({@code city} while no district is known), the event record as data.
 * Every district subscriber hears it, so its free text (a handler's summary, a reopen reason) goes out masked:
 * phone and ID numbers and the reporter's name. The schemas are {@code
 * contracts/schemas/complaint-<name>.v1.schema.json}.
 */
final class ComplaintEventMessages {

    static final String AGGREGATE = "complaint";

    private ComplaintEventMessages() {}

    static OutgoingEvent[] outgoing(Complaint complaint) {
        UnaryOperator<String> text = MaskedText.of(complaint);
        return complaint.pendingEvents().stream()
                .map(event -> outgoing(masked(event, text)))
                .toArray(OutgoingEvent[]::new);
    }

    static ComplaintEvent masked(ComplaintEvent event, UnaryOperator<String> text) {
        if (event instanceof ComplaintEvent.Resolved r) {
            return new ComplaintEvent.Resolved(
                    r.complaintId(),
                    r.trackingNumber(),
                    r.category(),
                    r.district(),
                    text.apply(r.summary()),
                    r.onTime(),
                    r.at());
        }
        if (event instanceof ComplaintEvent.Reopened r) {
            return new ComplaintEvent.Reopened(
                    r.complaintId(), r.trackingNumber(), r.district(), text.apply(r.reason()), r.dueAt(), r.at());
        }
        return event;
    }

    static OutgoingEvent outgoing(ComplaintEvent event) {
        String district = event.district() == null ? OutgoingEvent.CITY : event.district();
        return OutgoingEvent.of(AGGREGATE, event.name(), district, event.complaintId(), event);
    }
}
