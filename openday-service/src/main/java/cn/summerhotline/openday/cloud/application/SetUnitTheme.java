package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudRuleViolation;
import cn.summerhotline.openday.cloud.model.UnitTheme;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** A unit's admin (or the city's) sets the unit's theme of the year; only the twenty field units have one. */
@Service
public class SetUnitTheme {

    private final UnitThemes themes;

    public SetUnitTheme(UnitThemes themes) {
        this.themes = themes;
    }

    public UnitTheme set(Caller caller, UnitTheme theme) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        if (!caller.mayAccessDistrict(theme.unit())) {
            throw new AccessDeniedException("the caller's own unit's theme");
        }
        if (Unit.fieldUnits().stream().noneMatch(u -> u.code().equals(theme.unit()))) {
            throw new CloudRuleViolation("unit", "one of the twenty field units");
        }
        themes.save(theme);
        return theme;
    }
}
