package cn.summerhotline.openday.checkin.application;

import cn.summerhotline.openday.checkin.model.Checkin;
import cn.summerhotline.openday.registration.application.Registrations;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.application.VenueAccess;
import cn.summerhotline.openday.session.model.Session;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The registration lists of a session or a venue for its staff: every registration with its status and check-in.
 * Phones are masked by the platform's policy unless the reader is the venue's own admin.
 */
@Service
public class ExportRegistrations {

    /** One line of the list, its phone already masked or not. */
    public record Line(Session session, Registration registration, String phone, Instant checkedInAt) {}

    private final Venues venues;
    private final Sessions sessions;
    private final Registrations registrations;
    private final Checkins checkins;

    ExportRegistrations(Venues venues, Sessions sessions, Registrations registrations, Checkins checkins) {
        this.venues = venues;
        this.sessions = sessions;
        this.registrations = registrations;
        this.checkins = checkins;
    }

    public void ofSession(Caller caller, String sessionId, Consumer<Line> lines) {
        Session session = sessions.byId(sessionId).orElseThrow(() -> new NotFound("Session", sessionId));
        Venue venue = staffed(caller, session.venueId(), "Session", sessionId);
        write(List.of(session), VenueAccess.ownAdmin(caller, venue), lines);
    }

    public void ofVenue(Caller caller, String venueId, Consumer<Line> lines) {
        Venue venue = staffed(caller, venueId, "Venue", venueId);
        write(sessions.ofVenue(venueId), VenueAccess.ownAdmin(caller, venue), lines);
    }

    private void write(List<Session> of, boolean fullPhones, Consumer<Line> lines) {
        for (Session session : of) {
            registrations.forEachOfSession(session.id(), r -> {
                String phone = r.registrant().phone();
                Instant in = checkins.activeOf(r.id()).map(Checkin::at).orElse(null);
                lines.accept(new Line(session, r, fullPhones ? phone : PersonalData.maskPhone(phone), in));
            });
        }
    }

    private Venue staffed(Caller caller, String venueId, String entity, String reference) {
        Venue venue = venues.byId(venueId).orElseThrow(() -> new NotFound(entity, reference));
        if (!VenueAccess.staffs(caller, venue)) {
            if (caller.cityLevel()) {
                throw new AccessDeniedException("only the venue's staff export its lists");
            }
            throw new NotFound(entity, reference);
        }
        return venue;
    }
}
