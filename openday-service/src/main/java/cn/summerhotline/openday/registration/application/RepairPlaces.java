package cn.summerhotline.openday.registration.application;

import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Finishes what a stopped instance left half done, with the counter's holders as the truth: a PENDING straggler
 * holding places is confirmed, one without is given places or a ticket now; a cancelled registration still holding
 * places releases them; a waitlisted one holding places (a promotion cut short) is confirmed; and free places go to
 * the waiting list. Safe to run on every replica at once: each step is guarded like the path it finishes.
 */
@Service
public class RepairPlaces {

    private static final int BATCH = 500;
    private static final Set<RegistrationStatus> ASTRAY =
            EnumSet.of(RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED);

    private final Sessions sessions;
    private final Places places;
    private final Registrations registrations;
    private final Register register;
    private final Waitlist waitlist;
    private final RegistrationSettings settings;
    private final Clock clock;

    RepairPlaces(
            Sessions sessions,
            Places places,
            Registrations registrations,
            Register register,
            Waitlist waitlist,
            RegistrationSettings settings,
            Clock clock) {
        this.sessions = sessions;
        this.places = places;
        this.registrations = registrations;
        this.register = register;
        this.waitlist = waitlist;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over every session; returns the registrations it repaired. */
    public int run() {
        int repaired = 0;
        Instant before = clock.instant().minus(settings.repairAfter());
        for (Registration straggler : registrations.pendingBefore(before, BATCH)) {
            Optional<Session> session = sessions.byId(straggler.sessionId());
            if (session.isEmpty()) {
                continue;
            }
            if (places.holds(straggler.sessionId(), straggler.id())) {
                registrations.confirm(straggler, clock.instant());
            } else {
                register.allocate(session.get(), straggler);
            }
            repaired++;
        }
        Instant now = clock.instant();
        for (String sessionId : places.sessions()) {
            Optional<Session> session = sessions.byId(sessionId);
            // A session that has ended has nobody left to admit or promote.
            if (session.isPresent() && now.isBefore(session.get().endsAt())) {
                repaired += holders(session.get());
                for (Audience audience : Audience.values()) {
                    waitlist.promote(session.get(), audience);
                }
            }
        }
        return repaired;
    }

    private int holders(Session session) {
        Map<String, Integer> holders = places.holders(session.id());
        if (holders.isEmpty()) {
            return 0;
        }
        int repaired = 0;
        // The holders themselves, read by id (from the id index on any store): reading the session's cancelled
        // and waitlisted registrations instead read every one of a crowd's thousands, on every replica, every pass.
        Map<String, Registration> astray = registrations.byIds(holders.keySet()).stream()
                .filter(registration -> ASTRAY.contains(registration.status()))
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        for (String holder : holders.keySet()) {
            Registration registration = astray.get(holder);
            if (registration == null) {
                continue;
            }
            if (registration.status() == RegistrationStatus.CANCELLED) {
                places.release(session.id(), holder, registration.audience(), registration.partySize(), false);
            } else {
                registrations.promote(registration, clock.instant());
            }
            repaired++;
        }
        return repaired;
    }
}
