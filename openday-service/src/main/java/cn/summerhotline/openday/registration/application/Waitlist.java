package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Promotes the waiting list: while the audience's quota has free places, the first waitlisted registration (by
 * ticket) whose party fits takes them, guarded like any take, and is confirmed with a promoted event. Any
 * replica may run it at the same moment as another: the counter's holder check lets one of them promote each
 * registration.
 */
@Service
public class Waitlist {

    /** Waiters read per round: a party too large for the free places is passed over for the next that fits. */
    private static final int LOOK_AHEAD = 200;

    private final Places places;
    private final Registrations registrations;
    private final Clock clock;

    Waitlist(Places places, Registrations registrations, Clock clock) {
        this.places = places;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Promotes the audience's first fitting waiters until no free place is left or nobody fits. */
    public void promote(Session session, Audience audience) {
        Set<String> passed = new HashSet<>();
        while (true) {
            int free = places.free(session, audience);
            if (free <= 0) {
                return;
            }
            List<Registration> waiting = registrations.waiting(session.id(), audience, LOOK_AHEAD);
            Optional<Registration> next = waiting.stream()
                    .filter(w -> !passed.contains(w.id()) && w.partySize() <= free)
                    .findFirst();
            if (next.isEmpty()) {
                return;
            }
            Registration waiter = next.get();
            if (!places.take(session, waiter.id(), audience, waiter.partySize(), Places.Take.PROMOTION)) {
                if (places.holds(session.id(), waiter.id())) {
                    passed.add(waiter.id()); // another replica is promoting it
                }
                continue; // the counter moved under us: look again
            }
            if (!registrations.promote(waiter, clock.instant())) {
                settleLostPromotion(waiter);
            }
        }
    }

    /** The waiter left the list while it was given places: cancelled, the places go back. */
    private void settleLostPromotion(Registration waiter) {
        RegistrationStatus now =
                registrations.byId(waiter.id()).map(Registration::status).orElse(RegistrationStatus.CANCELLED);
        if (now == RegistrationStatus.CANCELLED) {
            places.release(waiter.sessionId(), waiter.id(), waiter.audience(), waiter.partySize(), true);
        }
        // CONFIRMED: the repair promoted it at the same moment; nothing to undo.
    }
}
