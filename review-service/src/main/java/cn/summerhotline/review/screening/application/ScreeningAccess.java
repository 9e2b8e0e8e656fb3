package cn.summerhotline.review.screening.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the pre-screen. The word lists are the city bureau's: its administrators and its own
 * (city-level) reviewers keep them. Every reviewer reads them and tries texts against them, since every level
 * applies them; a district or squad reviewer does not change them.
 */
final class ScreeningAccess {

    private ScreeningAccess() {}

    static void requireReader(Caller caller) {
        caller.requireAny(Role.CITY_ADMIN, Role.REVIEWER);
    }

    static void requireListKeeper(Caller caller) {
        caller.requireAny(Role.CITY_ADMIN, Role.REVIEWER);
        if (!caller.cityLevel()) {
            throw new AccessDeniedException("the word lists are kept by the city bureau");
        }
    }
}
