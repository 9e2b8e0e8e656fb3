package cn.summerhotline.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling, as the token says: subject, roles, unit ({@code city}, a district code such as {@code
 * xuhui}, or a special unit) and, for squad staff, the squad. Controllers receive it as a method argument;
 * an unauthenticated caller of a public endpoint is {@link #anonymous()}.
 */
public record Caller(String subject, Set<Role> roles, String unit, String squad) {

    public static final String CITY = "city";

    private static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean authenticated() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** City-level callers (unit {@code city}) act for every district. */
    public boolean cityLevel() {
        return CITY.equals(unit);
    }

    /**
     * Whether this caller may see and change a record of the given district. A record not yet routed to a
     * district ({@code null}) belongs to the city level.
     */
    public boolean mayAccessDistrict(String district) {
        if (cityLevel()) {
            return true;
        }
        return unit != null && unit.equals(district);
    }

    /** Refuses (403) a caller without any of the roles. */
    public Caller requireAny(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new AccessDeniedException("requires one of the roles " + Arrays.toString(wanted));
        }
        return this;
    }
}
