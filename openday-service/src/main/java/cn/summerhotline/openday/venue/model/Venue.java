package cn.summerhotline.openday.venue.model;

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
 */
public record Venue(String id, int year, String name, String address, String hostUnit, String squad, VenueKind kind) {

    public Venue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostUnit, "hostUnit");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether a caller of this unit (and squad, for squad staff) runs the venue. */
    public boolean isHostedBy(String unit, String callerSquad) {
        return hostUnit.equals(unit) && (squad == null || squad.equals(callerSquad) || callerSquad == null);
    }
}
