package cn.summerhotline.openday.checkin.application;

import cn.summerhotline.openday.checkin.model.Checkin;
import java.time.Instant;
import java.util.Optional;

/** The check-ins, one document each; a registration's check-in in force is unique, and so is each scan id. */
public interface Checkins {

    /** What stopped an insert: the scan id was stored before, or the registration is checked in already. */
    enum Clash {
        NONE,
        SCAN,
        CHECKED_IN
    }

    /** Stores a check-in in force with its event; the clash that refused it otherwise. */
    Clash insert(Checkin checkin);

    Optional<Checkin> byId(String id);

    Optional<Checkin> byScanId(String scanId);

    /** The registration's check-in in force. */
    Optional<Checkin> activeOf(String registrationId);

    /** Undoes a check-in in force; false when it was not (undone before). */
    boolean undo(String id, Instant at, String by);
}
