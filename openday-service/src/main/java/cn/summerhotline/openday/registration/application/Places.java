package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.util.List;
import java.util.Map;

/**
 * Each session's place counter: the places taken in each audience's quota and in all, which registrations hold
 * them, and the waiting lists' counts. Every change is one conditional single-document update, so any number of
 * replicas can race on it and the guard still holds; a change made twice is refused by the holder check, so a
 * retry never counts a place twice.
 */
public interface Places {

    /** How a take is guarded beyond the quota and the capacity. */
    enum Take {
        /** A new registration: only while nobody waits in its audience, so it never jumps the waiting list. */
        NEWCOMER,
        /** The first fitting registration of the waiting list: leaves the list as it takes its places. */
        PROMOTION
    }

    /** A waiting-list ticket: its number (the list's order), the position it got, the places free just after. */
    record Ticket(long number, int position, int free) {}

    /** The counter of the session, created unless it exists already (on every replica, any number of times). */
    void open(Session session);

    /**
     * Takes the party's places for the registration unless its audience's quota or the session's capacity would
     * be exceeded or it holds places already; true when it took them.
     */
    boolean take(Session session, String registrationId, Audience audience, int partySize, Take take);

    /**
     * Gives back the places the registration holds; false when it held none. {@code rejoin}: it also goes back
     * to the waiting list's count (a promotion undone because the registration was cancelled meanwhile).
     */
    boolean release(String sessionId, String registrationId, Audience audience, int partySize, boolean rejoin);

    boolean holds(String sessionId, String registrationId);

    /** Joins the audience's waiting list. */
    Ticket enqueue(Session session, Audience audience);

    /** A waiting registration left the list without places (it was cancelled). */
    void left(String sessionId, Audience audience);

    /** Places free now in the audience's quota (and within the capacity). */
    int free(Session session, Audience audience);

    /** Every registration holding places in the session, with its party size. */
    Map<String, Integer> holders(String sessionId);

    /** The sessions that have a counter. */
    List<String> sessions();
}
