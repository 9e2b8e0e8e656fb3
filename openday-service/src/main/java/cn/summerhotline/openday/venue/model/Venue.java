package cn.summerhotline.openday.venue.model;

import java.util.List;
import java.util.Objects;

/**
 * A place of one year's open day: the main venue or a sub-venue, hosted by a unit of the organisation (a district
 * bureau, the enforcement corps, a special unit, or a squad's district with {@code squad} set). Sessions,
 * registrations and check-ins belong to a venue; its host unit's admins run them.
 *
 * @param id stable id, e.g. {@code 2021-songjiang-main}
 * @param year the open day's year
 * @param name the venue's name, in Chinese
 * @param address where it is
 * @param hostUnit the code of the hosting unit ({@code cn.summerhotline.platform.organisation.Unit})
 * @param squad the hosting squad's code, or null when a unit hosts it itself
 * @param kind main venue or sub-venue
 * @param activities what happens there, in the order of their start
 * @param joiningUnits units that run no venue of their own and join this one (a special unit joining its
 *     district's, 附件1 四(二)), by code
 */
public record Venue(
        String id,
        int year,
        String name,
        String address,
        String hostUnit,
        String squad,
        VenueKind kind,
        List<Activity> activities,
        List<String> joiningUnits) {

    public static final int MAX_ACTIVITIES = 30;

    public Venue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostUnit, "hostUnit");
        Objects.requireNonNull(kind, "kind");
        activities = activities == null ? List.of() : Activity.inOrder(activities);
        joiningUnits = joiningUnits == null ? List.of() : List.copyOf(joiningUnits);
    }

    /** A venue without activities or joining units yet. */
    public Venue(String id, int year, String name, String address, String hostUnit, String squad, VenueKind kind) {
        this(id, year, name, address, hostUnit, squad, kind, List.of(), List.of());
    }

    /** Whether a caller of this unit (and squad, for squad staff) runs the venue. */
    public boolean isHostedBy(String unit, String callerSquad) {
        return hostUnit.equals(unit) && (squad == null || squad.equals(callerSquad) || callerSquad == null);
    }

    /** The venue with what its host may change: name, address, squad, activities and the units joining it. */
    public Venue revised(
            String newName, String newAddress, String newSquad, List<Activity> newActivities, List<String> joining) {
        return new Venue(id, year, newName, newAddress, hostUnit, newSquad, kind, newActivities, joining);
    }
}
