package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.model.Audience;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registrations, one document each. The registration path writes them by {@code _id} alone (the only
 * filter the embedded store answers without a scan); every other change is guarded by the status it expects.
 * Each change of status carries its event in the same write.
 */
public interface Registrations {

    /** Stores a new PENDING registration; false when the phone has a registration for the session already. */
    boolean insert(Registration pending);

    Optional<Registration> byId(String id);

    /**
     * A PENDING registration now holds its places. By id alone: only the request that inserted it moves it
     * (or the repair, once that request is long gone), and both would write the same.
     */
    Registration confirm(Registration pending, Instant at);

    /** A PENDING registration joins the waiting list with its ticket; by id alone, as {@link #confirm}. */
    Registration waitlist(Registration pending, Places.Ticket ticket, Instant at);

    /** A WAITLISTED registration now holds places; false when it is no longer waitlisted. */
    boolean promote(Registration waiting, Instant at);

    /** Cancels a registration still in the status {@code from}; false when it is no longer in it. */
    boolean cancel(Registration registration, RegistrationStatus from, Instant at, boolean byStaff);

    /** The audience's waiting list of the session, by ticket, up to {@code limit}. */
    List<Registration> waiting(String sessionId, Audience audience, int limit);

    /** 1 + the registrations waitlisted before it in its audience. */
    int position(Registration waiting);

    /** PENDING registrations created before the instant: stragglers of a stopped instance. */
    List<Registration> pendingBefore(Instant before, int limit);

    /** The registrations with these ids (those that exist), read by id alone. */
    List<Registration> byIds(Collection<String> ids);

    /** Visits the session's registrations by creation, without holding them all in memory. */
    void forEachOfSession(String sessionId, Consumer<Registration> visitor);

    Optional<Registration> byCheckInCode(String code);
}
