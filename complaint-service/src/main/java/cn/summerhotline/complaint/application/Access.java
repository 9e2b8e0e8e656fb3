package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Actor;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and do what. City-level staff (CITY_ADMIN, OPERATOR) act on every case; a district's admins and
 * systems on their district's cases; a squad officer on the cases passed to the squad; media follow the cases
 * chosen for follow-up. A case the caller may not see answers 404, exactly like a missing one.
 */
public final class Access {

    static final Role[] READERS = {
        Role.CITY_ADMIN, Role.OPERATOR, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.INTEGRATION, Role.MEDIA
    };
    static final Role[] ROUTERS = {Role.CITY_ADMIN, Role.OPERATOR, Role.DISTRICT_ADMIN};
    static final Role[] HANDLERS = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.INTEGRATION};
    static final Role[] REPLIERS = {
        Role.CITY_ADMIN, Role.OPERATOR, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.INTEGRATION
    };
    static final Role[] CLOSERS = {Role.CITY_ADMIN, Role.OPERATOR, Role.DISTRICT_ADMIN, Role.INTEGRATION};
    static final Role[] CITY_BUREAU = {Role.CITY_ADMIN};
    static final Role[] REOPENERS = {Role.CITY_ADMIN, Role.OPERATOR};
    static final Role[] ANALYSTS = {Role.CITY_ADMIN, Role.OPERATOR, Role.DISTRICT_ADMIN};

    private Access() {}

    public static boolean cityWide(Caller caller) {
        return caller.hasAny(Role.CITY_ADMIN, Role.OPERATOR) && caller.cityLevel();
    }

    public static boolean mayRead(Caller caller, Complaint complaint) {
        if (cityWide(caller)) {
            return true;
        }
        String district = complaint.routing().district();
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.INTEGRATION)
                && district != null
                && district.equals(caller.unit())) {
            return true;
        }
        if (caller.has(Role.SQUAD_OFFICER)
                && district != null
                && district.equals(caller.unit())
                && caller.squad() != null
                && caller.squad().equals(complaint.routing().squad())) {
            return true;
        }
        return caller.has(Role.MEDIA) && complaint.followed();
    }

    /** Operators and the admins of the city and of the complaint's district see the reporter unmasked. */
    public static boolean seesPersonalData(Caller caller, Complaint complaint) {
        if (caller.has(Role.OPERATOR) || caller.has(Role.CITY_ADMIN) && caller.cityLevel()) {
            return true;
        }
        return caller.has(Role.DISTRICT_ADMIN)
                && complaint.routing().district() != null
                && complaint.routing().district().equals(caller.unit());
    }

    /**
     * The list filter narrowed to what the caller may see: their district, their squad, or followed cases.
     * Asking for another district than one's own is refused (403), not silently narrowed.
     */
    public static ComplaintFilter scope(Caller caller, ComplaintFilter filter) {
        caller.requireAny(READERS);
        if (cityWide(caller)) {
            return filter;
        }
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.INTEGRATION, Role.SQUAD_OFFICER) && caller.unit() != null) {
            if (filter.district() != null && !filter.district().equals(caller.unit())) {
                throw new AccessDeniedException("another district's complaints");
            }
            ComplaintFilter own = filter.inDistrict(caller.unit());
            return caller.hasAny(Role.DISTRICT_ADMIN, Role.INTEGRATION) ? own : own.inSquad(caller.squad());
        }
        if (caller.has(Role.MEDIA)) {
            return filter.followedOnly();
        }
        throw new AccessDeniedException("no complaint list for this role");
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.subject(), caller.unit());
    }
}
