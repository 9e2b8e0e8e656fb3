package cn.summerhotline.openday.session.application;

import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.security.Caller;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** A venue's admins (or the city's) add a session with its capacity and audience quotas. */
@Service
public class PlanSession {

    /** What the admin asks for. */
    public record NewSession(Instant startsAt, Instant endsAt, int capacity, Map<Audience, Integer> quotas) {}

    private final Venues venues;
    private final Sessions sessions;

    PlanSession(Venues venues, Sessions sessions) {
        this.venues = venues;
        this.sessions = sessions;
    }

    public Session plan(Caller caller, String venueId, NewSession request) {
        Venue venue = venues.byId(venueId).orElseThrow(() -> new NotFound("Venue", venueId));
        if (!VenueAccess.runs(caller, venue)) {
            throw new AccessDeniedException("only the venue's host admins and the city's plan its sessions");
        }
        String id = venue.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Session session = Session.plan(
                id,
                venue.id(),
                venue.year(),
                venue.hostUnit(),
                venue.squad(),
                request.startsAt(),
                request.endsAt(),
                request.capacity(),
                request.quotas());
        sessions.insert(session);
        return session;
    }

    /** A session, for any staff member (its figures are not personal). */
    public Session session(String id) {
        return sessions.byId(id).orElseThrow(() -> new NotFound("Session", id));
    }
}
