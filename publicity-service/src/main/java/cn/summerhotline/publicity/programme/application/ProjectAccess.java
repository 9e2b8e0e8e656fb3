package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.publicity.programme.model.Project;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change which project. The city level (unit {@code city}) sees every project and its
 * CITY_ADMIN changes all; a district's or special unit's staff see the projects their unit implements, and its
 * DISTRICT_ADMIN changes those (but not who implements them). A project the caller may not see answers 404,
 * exactly like a missing one.
 */
public final class ProjectAccess {

    private static final Role[] STAFF = {
        Role.CITY_ADMIN,
        Role.DISTRICT_ADMIN,
        Role.SQUAD_OFFICER,
        Role.INTEGRATION,
        Role.REVIEWER,
        Role.MEDIA,
        Role.OPERATOR
    };

    private ProjectAccess() {}

    public static boolean mayRead(Caller caller, Project project) {
        if (!caller.hasAny(STAFF)) {
            return false;
        }
        return caller.cityLevel() || caller.unit() != null && project.implementedBy(caller.unit());
    }

    /** The city bureau's admins: they create projects, import plans and change every project. */
    public static boolean cityAdmin(Caller caller) {
        return caller.has(Role.CITY_ADMIN) && caller.cityLevel();
    }

    public static Caller requireCityAdmin(Caller caller) {
        if (!cityAdmin(caller)) {
            throw new AccessDeniedException("only the city bureau's admins manage the programme");
        }
        return caller;
    }

    /** The city admin, or an admin of an implementing unit; 403 for the other roles of a unit that may read it. */
    public static void requireEditor(Caller caller, Project project) {
        if (cityAdmin(caller)) {
            return;
        }
        if (!caller.has(Role.DISTRICT_ADMIN) || !project.implementedBy(caller.unit())) {
            throw new AccessDeniedException("only the city admin and the implementing unit's admins edit a project");
        }
    }

    /** Who hands in content of a project: the editors and the implementing unit's squad officers. */
    public static void requireContributor(Caller caller, Project project) {
        if (cityAdmin(caller)) {
            return;
        }
        boolean own = caller.unit() != null && project.implementedBy(caller.unit());
        if (!own || !caller.hasAny(Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER)) {
            throw new AccessDeniedException("only the implementing unit's staff hand in a project's content");
        }
    }
}
