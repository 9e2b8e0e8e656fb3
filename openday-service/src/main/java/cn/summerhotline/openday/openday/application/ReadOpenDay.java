package cn.summerhotline.openday.openday.application;

import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import java.util.List;
import org.springframework.stereotype.Service;

/** A year's open day as the public reads it: the day, its venues (the main one first), each with its sessions. */
@Service
public class ReadOpenDay {

    /** One venue and its sessions. */
    public record VenueProgramme(Venue venue, List<SessionSummary> sessions) {}

    /** The open day and its venues in order. */
    public record Programme(OpenDay openDay, List<VenueProgramme> venues) {}

    private final OpenDays openDays;
    private final Venues venues;
    private final VenueSessions sessions;

    public ReadOpenDay(OpenDays openDays, Venues venues, VenueSessions sessions) {
        this.openDays = openDays;
        this.venues = venues;
        this.sessions = sessions;
    }

    public Programme of(int year) {
        OpenDay openDay = openDays.ofYear(year).orElseThrow(() -> new OpenDayProblem.NotFound(year));
        return new Programme(
                openDay,
                venues.ofYear(year).stream()
                        .map(venue -> new VenueProgramme(venue, sessions.ofVenue(venue.id())))
                        .toList());
    }
}
