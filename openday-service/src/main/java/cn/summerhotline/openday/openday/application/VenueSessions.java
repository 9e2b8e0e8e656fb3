package cn.summerhotline.openday.openday.application;

import java.util.List;

/**
 * The sessions of a venue, for the open day's overview ({@code GET /api/v1/openday/{year}}). The session feature
 * provides the real one as a bean of its own; until it does, every venue shows none.
 */
public interface VenueSessions {

    /** The venue's sessions by start time; empty when it has none. */
    List<SessionSummary> ofVenue(String venueId);
}
