package cn.summerhotline.openday.session.application;

import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;

/**
 * Who runs a venue's sessions, registrations and check-ins: the city bureau's admins for every venue, a district
 * bureau's admins for the venues their unit hosts, and the hosting unit's squad officers at the door.
 */
public final class VenueAccess {

    private VenueAccess() {}

    /** Plans sessions and cancels registrations: city admins and the host unit's admins. */
    public static boolean runs(Caller caller, Venue venue) {
        return caller.has(Role.CITY_ADMIN) || ownAdmin(caller, venue);
    }

    /** Checks people in, undoes a check-in, exports the lists: those who run it and its squad officers. */
    public static boolean staffs(Caller caller, Venue venue) {
        return runs(caller, venue)
                || (caller.has(Role.SQUAD_OFFICER) && venue.isHostedBy(caller.unit(), caller.squad()));
    }

    /**
     * The venue's own admin, who reads the registrants' phones in full (to call them about the day); everybody
     * else sees them masked. A city admin is the own admin of the venues the city bureau hosts itself.
     */
    public static boolean ownAdmin(Caller caller, Venue venue) {
        if (caller.has(Role.DISTRICT_ADMIN)) {
            return venue.isHostedBy(caller.unit(), null);
        }
        return caller.has(Role.CITY_ADMIN) && Caller.CITY.equals(venue.hostUnit());
    }
}
