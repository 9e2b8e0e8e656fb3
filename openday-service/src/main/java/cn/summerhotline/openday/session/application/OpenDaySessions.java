package cn.summerhotline.openday.session.application;

import cn.summerhotline.openday.openday.application.SessionSummary;
import cn.summerhotline.openday.openday.application.VenueSessions;
import cn.summerhotline.openday.session.model.Session;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The sessions of a venue for the open day's overview, with the places still free: what a citizen reads before
 * registering. A scanned bean, so it replaces the overview's default of no sessions.
 */
@Service
class OpenDaySessions implements VenueSessions {

    private final Sessions sessions;
    private final SessionFigures figures;

    OpenDaySessions(Sessions sessions, SessionFigures figures) {
        this.sessions = sessions;
        this.figures = figures;
    }

    @Override
    public List<SessionSummary> ofVenue(String venueId) {
        return sessions.ofVenue(venueId).stream().map(this::summary).toList();
    }

    private SessionSummary summary(Session session) {
        int confirmed = figures.of(session).values().stream()
                .mapToInt(SessionFigures.Tally::confirmed)
                .sum();
        return new SessionSummary(
                session.id(),
                session.startsAt(),
                session.endsAt(),
                session.capacity(),
                Math.max(0, session.capacity() - confirmed));
    }
}
