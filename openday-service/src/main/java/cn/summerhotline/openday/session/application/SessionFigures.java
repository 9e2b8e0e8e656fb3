package cn.summerhotline.openday.session.application;

import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.util.Map;

/**
 * How full a session is and who came, counted by the features that hold the registrations and check-ins (this
 * port keeps the session feature free of them).
 */
public interface SessionFigures {

    /**
     * @param confirmed places held by confirmed registrations (people, party sizes summed)
     * @param waitlisted people on the waiting list
     * @param checkedIn confirmed registrations checked in (parties)
     * @param present people of the parties checked in
     */
    record Tally(int confirmed, int waitlisted, int checkedIn, int present) {

        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(
                    confirmed + other.confirmed,
                    waitlisted + other.waitlisted,
                    checkedIn + other.checkedIn,
                    present + other.present);
        }
    }

    /** The tally of each audience of the session (every audience present, zero when none). */
    Map<Audience, Tally> of(Session session);
}
