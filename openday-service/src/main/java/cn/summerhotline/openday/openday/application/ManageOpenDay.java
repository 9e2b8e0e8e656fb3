package cn.summerhotline.openday.openday.application;

import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Setting up a year's open day (the city bureau: its date, theme and the plans' deadline) and the units' own
 * themes (a unit's admin for their unit, the city bureau for any).
 */
@Service
public class ManageOpenDay {

    private final OpenDays openDays;

    public ManageOpenDay(OpenDays openDays) {
        this.openDays = openDays;
    }

    public OpenDay put(Caller caller, int year, LocalDate date, String theme, LocalDate planDeadline) {
        caller.requireAny(Role.CITY_ADMIN);
        if (date.getYear() != year) {
            throw new OpenDayProblem.Invalid("date");
        }
        if (planDeadline.isAfter(date)) {
            throw new OpenDayProblem.Invalid("planDeadline");
        }
        openDays.put(year, date, theme, planDeadline);
        return openDays.ofYear(year).orElseThrow(() -> new OpenDayProblem.NotFound(year));
    }

    public OpenDay setUnitTheme(Caller caller, int year, String unit, String theme) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        if (!Unit.fieldUnits().contains(Unit.ofCode(unit).orElse(Unit.CITY))) {
            throw new OpenDayProblem.Invalid("unit");
        }
        if (!caller.has(Role.CITY_ADMIN) && !unit.equals(caller.unit())) {
            throw new OpenDayProblem.NotYourUnit(unit);
        }
        if (!openDays.setUnitTheme(year, unit, theme)) {
            throw new OpenDayProblem.NotFound(year);
        }
        return openDays.ofYear(year).orElseThrow(() -> new OpenDayProblem.NotFound(year));
    }
}
