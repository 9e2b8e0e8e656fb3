package cn.summerhotline.openday.registration.infrastructure;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.time.Instant;

/**
 * The registration's events ({@code registration.<event>.<host unit>}, contracts/schemas/registration-*.json).
 * Subscribers are district-wide: no name and no phone in any of them, only ids, the audience and the party size.
 */
final class RegistrationEvents {

    static final String AGGREGATE = "registration";

    /** registration.confirmed and registration.promoted: the registration holds its places. */
    record Placed(String registrationId, String sessionId, String venueId, String audience, int partySize, String at) {}

    /** registration.waitlisted: the quota was full; its position when it joined. */
    record Waitlisted(
            String registrationId,
            String sessionId,
            String venueId,
            String audience,
            int partySize,
            int position,
            String at) {}

    /** registration.cancelled: by the registrant or by staff, from the status it had. */
    record Cancelled(
            String registrationId,
            String sessionId,
            String venueId,
            String audience,
            int partySize,
            String previousStatus,
            boolean byStaff,
            String at) {}

    private RegistrationEvents() {}

    static OutgoingEvent confirmed(Registration r, Instant at) {
        return event(r, "confirmed", placed(r, at));
    }

    static OutgoingEvent promoted(Registration r, Instant at) {
        return event(r, "promoted", placed(r, at));
    }

    static OutgoingEvent waitlisted(Registration r, int position, Instant at) {
        return event(
                r,
                "waitlisted",
                new Waitlisted(
                        r.id(),
                        r.sessionId(),
                        r.venueId(),
                        r.audience().name(),
                        r.partySize(),
                        position,
                        at.toString()));
    }

    static OutgoingEvent cancelled(Registration r, boolean byStaff, Instant at) {
        return event(
                r,
                "cancelled",
                new Cancelled(
                        r.id(),
                        r.sessionId(),
                        r.venueId(),
                        r.audience().name(),
                        r.partySize(),
                        r.status().name(),
                        byStaff,
                        at.toString()));
    }

    private static Placed placed(Registration r, Instant at) {
        return new Placed(r.id(), r.sessionId(), r.venueId(), r.audience().name(), r.partySize(), at.toString());
    }

    private static OutgoingEvent event(Registration r, String name, Object data) {
        return OutgoingEvent.of(AGGREGATE, name, r.hostUnit(), r.id(), data);
    }
}
