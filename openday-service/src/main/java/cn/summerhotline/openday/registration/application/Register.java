package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registrant;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A citizen registers for a session. The registration is stored first, PENDING, under its unique phone key; only
 * then does it take its places with one conditional update of the session's counter, and only then is it
 * confirmed. A stop between two steps leaves a PENDING registration that {@link RepairPlaces} finishes: the counter
 * says whether it holds places, so nothing is lost or counted twice. When the quota is full it joins the waiting
 * list instead, and runs a promotion at once in case places came free meanwhile.
 */
@Service
public class Register {

    /** What the registrant is told: the registration, its position when waitlisted, its cancel token. */
    public record Registered(Registration registration, Integer position, String cancelToken) {}

    private final Sessions sessions;
    private final Places places;
    private final Registrations registrations;
    private final Waitlist waitlist;
    private final RegistrationSecrets secrets;
    private final Clock clock;

    Register(
            Sessions sessions,
            Places places,
            Registrations registrations,
            Waitlist waitlist,
            RegistrationSecrets secrets,
            Clock clock) {
        this.sessions = sessions;
        this.places = places;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Registered register(String sessionId, Audience audience, Registrant registrant) {
        Session session = sessions.byId(sessionId).orElseThrow(() -> new NotFound("Session", sessionId));
        if (!clock.instant().isBefore(session.startsAt())) {
            throw new RegistrationRefused(RegistrationRefused.Reason.CLOSED);
        }
        if (session.quota(audience) == 0) {
            throw new RegistrationRefused(RegistrationRefused.Reason.AUDIENCE_NOT_ADMITTED);
        }
        if (registrant.partySize() > session.quota(audience)) {
            throw new RegistrationRefused(RegistrationRefused.Reason.PARTY_TOO_LARGE);
        }
        places.open(session);
        String id = secrets.registrationId();
        Registration pending = Registration.pending(
                id,
                session.id(),
                session.venueId(),
                session.hostUnit(),
                audience,
                registrant,
                secrets.checkInCode(),
                RegistrationSecrets.hash(secrets.token(id)),
                clock.instant());
        if (!registrations.insert(pending)) {
            throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_REGISTERED);
        }
        return allocate(session, pending);
    }

    /** Places for a PENDING registration, or a waiting-list ticket. */
    Registered allocate(Session session, Registration pending) {
        String token = secrets.token(pending.id());
        if (places.take(session, pending.id(), pending.audience(), pending.partySize(), Places.Take.NEWCOMER)) {
            return new Registered(registrations.confirm(pending, clock.instant()), null, token);
        }
        Places.Ticket ticket = places.enqueue(session, pending.audience());
        Registration waiting = registrations.waitlist(pending, ticket, clock.instant());
        if (ticket.free() > 0) {
            waitlist.promote(session, pending.audience());
            Registration now = registrations.byId(pending.id()).orElse(waiting);
            if (now.status() == RegistrationStatus.CONFIRMED) {
                return new Registered(now, null, token);
            }
        }
        return new Registered(waiting, ticket.position(), token);
    }

    /** The answer to a registration as it now stands, for a request repeated with the same Idempotency-Key. */
    public Registered current(String registrationId) {
        Registration registration =
                registrations.byId(registrationId).orElseThrow(() -> new NotFound("Registration", registrationId));
        Integer position =
                registration.status() == RegistrationStatus.WAITLISTED ? registrations.position(registration) : null;
        return new Registered(registration, position, secrets.token(registrationId));
    }
}
