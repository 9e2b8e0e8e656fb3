package cn.summerhotline.openday.checkin.application;

import cn.summerhotline.openday.checkin.model.Checkin;
import cn.summerhotline.openday.registration.application.Registrations;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.openday.session.application.VenueAccess;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.security.Caller;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Venue staff check a party in by its code. The check-in in force is unique per registration (a unique key), so
 * a second check-in is refused naming when the first happened, on any replica; a scan sent again with the same
 * scan id answers the check-in it made. Staff undo a check-in, and the party may then be checked in again.
 */
@Service
public class CheckIn {

    /** The check-in, and whether an earlier request with the same scan id had made it. */
    public record Outcome(Checkin checkin, boolean replayed) {}

    private final Registrations registrations;
    private final Checkins checkins;
    private final Venues venues;
    private final Clock clock;

    CheckIn(Registrations registrations, Checkins checkins, Venues venues, Clock clock) {
        this.registrations = registrations;
        this.checkins = checkins;
        this.venues = venues;
        this.clock = clock;
    }

    public Outcome checkIn(Caller caller, String code, String scanId) {
        Optional<Checkin> scanned = checkins.byScanId(scanId);
        if (scanned.isPresent()) {
            return replay(caller, scanned.get(), code);
        }
        Registration registration =
                registrations.byCheckInCode(code).orElseThrow(() -> new NotFound("CheckInCode", code));
        Venue venue = staffed(caller, registration.venueId(), code);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new CheckinRefused(CheckinRefused.Reason.NOT_CONFIRMED, null, null);
        }
        Checkin checkin = new Checkin(
                UUID.randomUUID().toString(),
                registration.id(),
                registration.sessionId(),
                venue.id(),
                registration.hostUnit(),
                registration.audience(),
                registration.partySize(),
                scanId,
                clock.instant(),
                caller.subject(),
                null);
        return switch (checkins.insert(checkin)) {
            case NONE -> new Outcome(checkin, false);
            case SCAN -> replay(caller, checkins.byScanId(scanId).orElseThrow(), code);
            case CHECKED_IN -> throw alreadyIn(registration.id());
        };
    }

    public void undo(Caller caller, String id) {
        Checkin checkin = checkins.byId(id).orElseThrow(() -> new NotFound("Checkin", id));
        staffed(caller, checkin.venueId(), id);
        checkins.undo(id, clock.instant(), caller.subject());
    }

    private Outcome replay(Caller caller, Checkin earlier, String code) {
        staffed(caller, earlier.venueId(), code);
        Registration registration = registrations.byId(earlier.registrationId()).orElseThrow();
        if (!registration.checkInCode().equals(code)) {
            throw new CheckinRefused(CheckinRefused.Reason.SCAN_ID_REUSED, null, null);
        }
        return new Outcome(earlier, true);
    }

    private CheckinRefused alreadyIn(String registrationId) {
        Optional<Checkin> first = checkins.activeOf(registrationId);
        return new CheckinRefused(
                CheckinRefused.Reason.ALREADY_CHECKED_IN,
                first.map(Checkin::at).orElse(null),
                first.map(Checkin::id).orElse(null));
    }

    private Venue staffed(Caller caller, String venueId, String reference) {
        Venue venue = venues.byId(venueId).orElseThrow(() -> new NotFound("CheckInCode", reference));
        if (!VenueAccess.staffs(caller, venue)) {
            if (caller.cityLevel()) {
                throw new AccessDeniedException("only the venue's staff check people in");
            }
            throw new NotFound("CheckInCode", reference);
        }
        return venue;
    }
}
