package cn.summerhotline.review.workflow.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and hand in what. The city level (CITY_ADMIN, a city reviewer) sees every unit's items; a
 * district's admins, systems and reviewer their unit's; a squad's officers and reviewer their squad's. An item
 * the caller may not see answers 404, exactly like a missing one. Reviewers' queues are their level's; admins
 * search their whole scope.
 */
public final class ReviewAccess {

    static final Role[] READERS = {
        Role.REVIEWER, Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER, Role.INTEGRATION
    };
    static final Role[] SUBMITTERS = {Role.SQUAD_OFFICER, Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.INTEGRATION};
    private static final Role[] UNIT_WIDE = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.INTEGRATION};

    private ReviewAccess() {}

    public static boolean mayRead(Caller caller, ReviewItem item) {
        Origin origin = item.origin();
        if (caller.cityLevel() && caller.hasAny(Role.CITY_ADMIN, Role.REVIEWER)) {
            return true;
        }
        if (caller.unit() == null || !caller.unit().equals(origin.unit())) {
            return false;
        }
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.INTEGRATION)
                || caller.has(Role.REVIEWER) && caller.squad() == null) {
            return true;
        }
        return caller.hasAny(Role.SQUAD_OFFICER, Role.REVIEWER)
                && caller.squad() != null
                && caller.squad().equals(origin.squad());
    }

    /**
     * The list filter narrowed to what the caller may see. A reviewer asking for no status gets their queue: the
     * pending items of their level and unit (and squad); a reviewer may also look up their unit's items in any
     * other status (the published ones they may take down). Asking for another unit, or for another level's
     * queue, is refused (403), not silently narrowed.
     */
    static ReviewFilter scope(Caller caller, ReviewFilter filter) {
        caller.requireAny(READERS);
        if (caller.hasAny(UNIT_WIDE)) {
            return caller.cityLevel() && caller.has(Role.CITY_ADMIN) ? filter : ownUnit(caller, filter);
        }
        if (caller.has(Role.SQUAD_OFFICER) && !caller.has(Role.REVIEWER)) {
            return ownUnit(caller, filter).inSquad(requireSquad(caller));
        }
        ReviewLevel level = ReviewLevel.ofReviewer(caller.unit(), caller.squad())
                .orElseThrow(() -> new AccessDeniedException("a reviewer without a unit"));
        ReviewFilter queue = filter.status() == null ? filter.withStatus(ReviewStatus.PENDING) : filter;
        if (queue.status() == ReviewStatus.PENDING) {
            if (queue.level() != null && queue.level() != level) {
                throw new AccessDeniedException("another level's queue");
            }
            queue = queue.atLevel(level);
        }
        return switch (level) {
            case CITY -> queue;
            case DISTRICT -> ownUnit(caller, queue);
            case SQUAD -> ownUnit(caller, queue).inSquad(caller.squad());
        };
    }

    /**
     * Where the caller's content comes from: their own unit, and for a squad officer their own squad; a district
     * bureau or system may name one of its squads, whose content then starts at squad level.
     */
    static Origin origin(Caller caller, String unit, String squad) {
        caller.requireAny(SUBMITTERS);
        if (caller.unit() == null || unit != null && !unit.equals(caller.unit())) {
            throw new AccessDeniedException("content of another unit");
        }
        if (caller.hasAny(UNIT_WIDE)) {
            return new Origin(caller.unit(), squad);
        }
        String own = requireSquad(caller);
        if (squad != null && !squad.equals(own)) {
            throw new AccessDeniedException("content of another squad");
        }
        return new Origin(caller.unit(), own);
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.subject(), caller.unit(), caller.squad());
    }

    private static ReviewFilter ownUnit(Caller caller, ReviewFilter filter) {
        if (caller.unit() == null || filter.unit() != null && !filter.unit().equals(caller.unit())) {
            throw new AccessDeniedException("another unit's items");
        }
        return filter.inUnit(caller.unit());
    }

    private static String requireSquad(Caller caller) {
        if (caller.squad() == null) {
            throw new AccessDeniedException("a squad officer without a squad");
        }
        return caller.squad();
    }
}
