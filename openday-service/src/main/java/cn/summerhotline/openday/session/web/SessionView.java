package cn.summerhotline.openday.session.web;

import cn.summerhotline.openday.session.application.SessionFigures;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session with its figures. {@code confirmed} and {@code waitlisted} count people (party sizes summed),
 * {@code checkedIn} the parties checked in, {@code present} their people.
 */
@Schema(description = "场次及其名额、报名和签到统计(人数;checkedIn 为签到的报名数,present 为其人数)。A session with its figures.")
record SessionView(
        String id,
        String venueId,
        int year,
        String hostUnit,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        Map<Audience, Integer> quotas,
        Map<Audience, SessionFigures.Tally> byAudience,
        int confirmed,
        int waitlisted,
        int checkedIn,
        int present,
        int free) {

    static final String EXAMPLE = """
            {"id": "2021-xuhui-sub-1a2b3c4d", "venueId": "2021-xuhui-sub", "year": 2021, "hostUnit": "xuhui",
             "startsAt": "2021-07-15T01:30:00Z", "endsAt": "2021-07-15T03:30:00Z", "capacity": 200,
             "quotas": {"PUBLIC": 150, "INVITED": 20, "STUDENTS": 20, "MEDIA": 10},
             "byAudience": {"PUBLIC": {"confirmed": 150, "waitlisted": 12, "checkedIn": 40, "present": 61},
                            "INVITED": {"confirmed": 5, "waitlisted": 0, "checkedIn": 0, "present": 0},
                            "STUDENTS": {"confirmed": 0, "waitlisted": 0, "checkedIn": 0, "present": 0},
                            "MEDIA": {"confirmed": 2, "waitlisted": 0, "checkedIn": 1, "present": 1}},
             "confirmed": 157, "waitlisted": 12, "checkedIn": 41, "present": 62, "free": 43}""";

    static SessionView of(Session session, Map<Audience, SessionFigures.Tally> figures) {
        Map<Audience, SessionFigures.Tally> byAudience = new LinkedHashMap<>();
        SessionFigures.Tally total = SessionFigures.Tally.NONE;
        for (Audience audience : Audience.values()) {
            SessionFigures.Tally tally = figures.getOrDefault(audience, SessionFigures.Tally.NONE);
            byAudience.put(audience, tally);
            total = total.plus(tally);
        }
        return new SessionView(
                session.id(),
                session.venueId(),
                session.year(),
                session.hostUnit(),
                session.startsAt(),
                session.endsAt(),
                session.capacity(),
                session.quotas(),
                byAudience,
                total.confirmed(),
                total.waitlisted(),
                total.checkedIn(),
                total.present(),
                Math.max(0, session.capacity() - total.confirmed()));
    }
}
