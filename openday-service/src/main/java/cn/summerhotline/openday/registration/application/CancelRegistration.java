package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.application.VenueAccess;
import cn.summerhotline.openday.session.model.Session;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The registrant cancels with their token until the deadline before the session; the venue's admins and the
 * city's cancel any registration. The status changes first (guarded by the status read), then the places go back
 * and the waiting list is promoted at once; a stop in between leaves a cancelled holder that {@link RepairPlaces}
 * releases. Cancelling a cancelled registration changes nothing.
 */
@Service
public class CancelRegistration {

    private final Registrations registrations;
    private final Sessions sessions;
    private final Venues venues;
    private final Places places;
    private final Waitlist waitlist;
    private final RegistrationSettings settings;
    private final Clock clock;

    CancelRegistration(
            Registrations registrations,
            Sessions sessions,
            Venues venues,
            Places places,
            Waitlist waitlist,
            RegistrationSettings settings,
            Clock clock) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.venues = venues;
        this.places = places;
        this.waitlist = waitlist;
        this.settings = settings;
        this.clock = clock;
    }

    /** By the registrant: a wrong token looks like an unknown registration. */
    public void byRegistrant(String id, String token) {
        Registration registration = registrations
                .byId(id)
                .filter(r -> RegistrationSecrets.matches(token, r.tokenHash()))
                .orElseThrow(() -> new NotFound("Registration", id));
        Session session = session(registration);
        if (registration.status() != RegistrationStatus.CANCELLED
                && clock.instant().isAfter(deadline(session))) {
            throw new RegistrationRefused(RegistrationRefused.Reason.CANCELLATION_CLOSED);
        }
        cancel(registration, session, false);
    }

    /** By staff who run the registration's venue. */
    public void byStaff(Caller caller, String id) {
        Registration registration = registrations.byId(id).orElseThrow(() -> new NotFound("Registration", id));
        Venue venue = venues.byId(registration.venueId()).orElseThrow(() -> new NotFound("Registration", id));
        if (!VenueAccess.runs(caller, venue)) {
            if (VenueAccess.staffs(caller, venue) || caller.cityLevel()) {
                throw new AccessDeniedException("only the venue's admins cancel registrations");
            }
            throw new NotFound("Registration", id);
        }
        cancel(registration, session(registration), true);
    }

    /** Until when the registrant may cancel. */
    public Instant deadline(Session session) {
        return session.startsAt().minus(settings.cancelBefore());
    }

    private void cancel(Registration read, Session session, boolean byStaff) {
        Registration registration = read;
        for (int attempt = 0; attempt < 10; attempt++) {
            switch (registration.status()) {
                case CANCELLED -> {
                    return;
                }
                case PENDING -> throw new RegistrationRefused(RegistrationRefused.Reason.BUSY);
                case WAITLISTED -> {
                    if (registrations.cancel(registration, RegistrationStatus.WAITLISTED, clock.instant(), byStaff)) {
                        places.left(session.id(), registration.audience());
                        return;
                    }
                }
                case CONFIRMED -> {
                    if (registrations.cancel(registration, RegistrationStatus.CONFIRMED, clock.instant(), byStaff)) {
                        places.release(
                                session.id(),
                                registration.id(),
                                registration.audience(),
                                registration.partySize(),
                                false);
                        waitlist.promote(session, registration.audience());
                        return;
                    }
                }
            }
            // Promoted or changed meanwhile: cancel what it is now.
            registration = registrations.byId(registration.id()).orElseThrow();
        }
        throw new RegistrationRefused(RegistrationRefused.Reason.BUSY);
    }

    private Session session(Registration registration) {
        return sessions.byId(registration.sessionId())
                .orElseThrow(() -> new NotFound("Registration", registration.id()));
    }
}
