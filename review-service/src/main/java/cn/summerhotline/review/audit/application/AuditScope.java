package cn.summerhotline.review.audit.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose items' audit trail and figures a caller sees: the city bureau (CITY_ADMIN, a city reviewer) every unit's;
 * a district's admins and reviewer their unit's; a squad's reviewer their squad's, as they read the items
 * themselves. Officers and district systems hand content in and are refused (403): the trail and the figures are
 * the oversight of those who answer for the review.
 *
 * @param unit the unit whose items count; null for every unit
 * @param squad the squad within it, for a squad's reviewer; null otherwise
 */
public record AuditScope(String unit, String squad) {

    /** The roles the audit export and the statistics answer. */
    public static final Role[] READERS = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.REVIEWER};

    public static AuditScope of(Caller caller) {
        caller.requireAny(READERS);
        if (caller.cityLevel() && caller.hasAny(Role.CITY_ADMIN, Role.REVIEWER)) {
            return new AuditScope(null, null);
        }
        if (caller.unit() == null) {
            throw new AccessDeniedException("no unit to see the audit trail of");
        }
        boolean unitWide = caller.has(Role.DISTRICT_ADMIN) || caller.squad() == null;
        return new AuditScope(caller.unit(), unitWide ? null : caller.squad());
    }

    public boolean everyUnit() {
        return unit == null;
    }
}
