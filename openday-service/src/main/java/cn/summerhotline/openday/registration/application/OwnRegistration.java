package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.model.Session;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The registrant reads their own registration with their token: status, position, check-in code, deadline. */
@Service
public class OwnRegistration {

    /** @param position the current position on the waiting list, when waitlisted */
    public record Own(Registration registration, Session session, Integer position, Instant cancellableUntil) {}

    private final Registrations registrations;
    private final Sessions sessions;
    private final CancelRegistration cancellation;

    OwnRegistration(Registrations registrations, Sessions sessions, CancelRegistration cancellation) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.cancellation = cancellation;
    }

    /** A wrong token answers as an unknown registration. */
    public Own read(String id, String token) {
        Registration registration = registrations
                .byId(id)
                .filter(r -> RegistrationSecrets.matches(token, r.tokenHash()))
                .orElseThrow(() -> new NotFound("Registration", id));
        Session session = sessions.byId(registration.sessionId()).orElseThrow(() -> new NotFound("Registration", id));
        Integer position =
                registration.status() == RegistrationStatus.WAITLISTED ? registrations.position(registration) : null;
        return new Own(registration, session, position, cancellation.deadline(session));
    }
}
