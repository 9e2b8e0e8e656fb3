package cn.summerhotline.openday.venue.application;

import cn.summerhotline.openday.venue.model.Activity;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Adding and revising venues. The city bureau's admins set up any venue, the main one included; a district admin
 * (of a district bureau, the corps or a special unit) only their own unit's sub-venues. Another unit's venue is
 * refused as not theirs, never changed.
 */
@Service
public class ManageVenues {

    /** What a new venue is to be. */
    public record NewVenue(
            String name,
            String address,
            String hostUnit,
            String squad,
            VenueKind kind,
            List<Activity> activities,
            List<String> joiningUnits) {}

    /** What a venue's host may change. */
    public record Revision(
            String name, String address, String squad, List<Activity> activities, List<String> joiningUnits) {}

    private final Venues venues;
    private final OpenDayYears years;

    public ManageVenues(Venues venues, OpenDayYears years) {
        this.venues = venues;
        this.years = years;
    }

    /** A new venue of the year's open day, with an id of its year and host, e.g. {@code 2021-xuhui-3f2a9c1d}. */
    public Venue add(Caller caller, int year, NewVenue wanted) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        mayRun(caller, wanted.hostUnit(), wanted.kind());
        checkUnits(wanted.hostUnit(), wanted.squad(), wanted.joiningUnits());
        if (!years.exists(year)) {
            throw new VenueProblem.YearNotFound(year);
        }
        String id = year + "-" + (wanted.squad() == null ? wanted.hostUnit() : wanted.squad()) + "-"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        Venue venue = new Venue(
                id,
                year,
                wanted.name(),
                wanted.address(),
                wanted.hostUnit(),
                wanted.squad(),
                wanted.kind(),
                wanted.activities(),
                wanted.joiningUnits());
        if (!venues.add(venue)) {
            // The id is new, so only the unique main venue of the year can refuse it.
            throw new VenueProblem.MainVenueTaken(year);
        }
        return venue;
    }

    public Venue revise(Caller caller, String id, Revision revision) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        Venue venue = venues.byId(id).orElseThrow(() -> new VenueProblem.VenueNotFound(id));
        if (!caller.has(Role.CITY_ADMIN) && !venue.hostUnit().equals(caller.unit())) {
            // Another unit's venue is public, so it is refused rather than hidden.
            throw new VenueProblem.NotYourVenue(id);
        }
        checkUnits(venue.hostUnit(), revision.squad(), revision.joiningUnits());
        Venue revised = venue.revised(
                revision.name(), revision.address(), revision.squad(), revision.activities(), revision.joiningUnits());
        venues.save(revised);
        return revised;
    }

    private static void mayRun(Caller caller, String hostUnit, VenueKind kind) {
        if (caller.has(Role.CITY_ADMIN)) {
            return;
        }
        if (kind == VenueKind.MAIN || !hostUnit.equals(caller.unit())) {
            throw new VenueProblem.NotYourVenue(hostUnit);
        }
    }

    private static void checkUnits(String hostUnit, String squad, List<String> joiningUnits) {
        if (!Unit.fieldUnits().contains(Unit.ofCode(hostUnit).orElse(Unit.CITY))) {
            throw new VenueProblem.Invalid("hostUnit");
        }
        if (squad != null && !squad.startsWith(hostUnit + "-")) {
            throw new VenueProblem.Invalid("squad");
        }
        for (String unit : joiningUnits == null ? List.<String>of() : joiningUnits) {
            if (!Unit.fieldUnits().contains(Unit.ofCode(unit).orElse(Unit.CITY)) || unit.equals(hostUnit)) {
                throw new VenueProblem.Invalid("joiningUnits");
            }
        }
    }
}
