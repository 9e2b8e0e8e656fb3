package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.model.ComplaintEvent;
import cn.summerhotline.platform.events.OutgoingEvent;

/**
 * A complaint event as it leaves the service: type {@code summerhotline.complaint.<name>.v1}, routing key
 * {@code complaint.<name>.<district>} ({@code city} while no district is known), the event record as data.
 * The schemas are {@code contracts/schemas/complaint.<name>.v1.schema.json}.
 */
final class ComplaintEventMessages {

    static final String AGGREGATE = "complaint";

    private ComplaintEventMessages() {}

    static OutgoingEvent[] outgoing(java.util.List<ComplaintEvent> events) {
        return events.stream().map(ComplaintEventMessages::outgoing).toArray(OutgoingEvent[]::new);
    }

    static OutgoingEvent outgoing(ComplaintEvent event) {
        String district = event.district() == null ? OutgoingEvent.CITY : event.district();
        return OutgoingEvent.of(AGGREGATE, event.name(), district, event.complaintId(), event);
    }
}
