package cn.summerhotline.openday.registration.model;

import cn.summerhotline.openday.session.model.Audience;
import java.time.Instant;
import java.util.Objects;

/**
 * One registration for a session. Its place is not stored here: the session's place counter records which
 * registrations hold places (registration/README: "Never oversold"), and this status follows it.
 *
 * @param tokenHash the SHA-256 of the cancel token handed out once (the token itself is never stored)
 * @param waitTicket its number in the audience's waiting list (ordering only), or null when never waitlisted
 * @param promoted whether it was confirmed from the waiting list
 */
public record Registration(
        String id,
        String sessionId,
        String venueId,
        String hostUnit,
        Audience audience,
        Registrant registrant,
        RegistrationStatus status,
        String checkInCode,
        String tokenHash,
        Instant createdAt,
        Long waitTicket,
        boolean promoted,
        Instant cancelledAt) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(status, "status");
    }

    public static Registration pending(
            String id,
            String sessionId,
            String venueId,
            String hostUnit,
            Audience audience,
            Registrant registrant,
            String checkInCode,
            String tokenHash,
            Instant now) {
        return new Registration(
                id,
                sessionId,
                venueId,
                hostUnit,
                audience,
                registrant,
                RegistrationStatus.PENDING,
                checkInCode,
                tokenHash,
                now,
                null,
                false,
                null);
    }

    public int partySize() {
        return registrant.partySize();
    }

    public Registration withStatus(RegistrationStatus next) {
        return new Registration(
                id,
                sessionId,
                venueId,
                hostUnit,
                audience,
                registrant,
                next,
                checkInCode,
                tokenHash,
                createdAt,
                waitTicket,
                promoted,
                cancelledAt);
    }
}
