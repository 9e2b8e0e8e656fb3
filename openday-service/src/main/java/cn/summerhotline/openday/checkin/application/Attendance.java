package cn.summerhotline.openday.checkin.application;

import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.SessionFigures;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.application.VenueAccess;
import cn.summerhotline.openday.session.model.Session;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.security.Caller;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The live counts of a venue at the door: per session and in all, registered, checked in, present. */
@Service
public class Attendance {

    /**
     * @param sessionId null for the venue's total
     * @param registered people confirmed; checkedIn parties checked in; present their people
     */
    public record Count(
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"})
            String sessionId,

            int registered,
            int checkedIn,
            int present) {}

    public record VenueCounts(String venueId, List<Count> sessions, Count total) {}

    private final Venues venues;
    private final Sessions sessions;
    private final SessionFigures figures;

    Attendance(Venues venues, Sessions sessions, SessionFigures figures) {
        this.venues = venues;
        this.sessions = sessions;
        this.figures = figures;
    }

    public VenueCounts ofVenue(Caller caller, String venueId) {
        Venue venue = venues.byId(venueId).orElseThrow(() -> new NotFound("Venue", venueId));
        if (!VenueAccess.staffs(caller, venue)) {
            if (caller.cityLevel()) {
                throw new AccessDeniedException("only the venue's staff read its counts");
            }
            throw new NotFound("Venue", venueId);
        }
        List<Count> counts = sessions.ofVenue(venueId).stream().map(this::count).toList();
        Count total = new Count(
                null,
                counts.stream().mapToInt(Count::registered).sum(),
                counts.stream().mapToInt(Count::checkedIn).sum(),
                counts.stream().mapToInt(Count::present).sum());
        return new VenueCounts(venueId, counts, total);
    }

    private Count count(Session session) {
        SessionFigures.Tally all =
                figures.of(session).values().stream().reduce(SessionFigures.Tally.NONE, SessionFigures.Tally::plus);
        return new Count(session.id(), all.confirmed(), all.checkedIn(), all.present());
    }
}
