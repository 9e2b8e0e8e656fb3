package cn.summerhotline.openday.plan.application;

import cn.summerhotline.openday.openday.application.OpenDays;
import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The plans as the office follows them: which districts submitted, which late, which not at all. The city bureau
 * sees every district; a district's admin or system only its own plan.
 */
@Service
public class ViewPlans {

    /**
     * A year's plans at a moment.
     *
     * @param openDay the year's open day, with its deadline
     * @param now when the board was read
     * @param plans the plans of the districts the caller sees, by district
     * @param submitted the districts that submitted, in the organisation's order
     * @param late those of them whose plan came after the deadline
     * @param missing the districts that have submitted nothing
     */
    public record Board(
            OpenDay openDay,
            Instant now,
            List<DistrictPlan> plans,
            List<String> submitted,
            List<String> late,
            List<String> missing) {

        public boolean deadlinePassed() {
            return openDay.isLate(now);
        }
    }

    private final DistrictPlans plans;
    private final OpenDays openDays;
    private final Clock clock;

    public ViewPlans(DistrictPlans plans, OpenDays openDays, Clock clock) {
        this.plans = plans;
        this.openDays = openDays;
        this.clock = clock;
    }

    public Board board(Caller caller, int year) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.INTEGRATION);
        OpenDay openDay = openDays.ofYear(year).orElseThrow(() -> new PlanProblem.NoOpenDay(year));
        List<String> districts = Unit.ofKind(Unit.Kind.DISTRICT_BUREAU).stream()
                .map(Unit::code)
                .filter(code -> caller.has(Role.CITY_ADMIN) || code.equals(caller.unit()))
                .toList();
        Map<String, DistrictPlan> byDistrict = plans.ofYear(year).stream()
                .filter(plan -> districts.contains(plan.district()))
                .collect(Collectors.toMap(DistrictPlan::district, Function.identity()));
        return new Board(
                openDay,
                clock.instant(),
                districts.stream()
                        .filter(byDistrict::containsKey)
                        .map(byDistrict::get)
                        .toList(),
                districts.stream().filter(byDistrict::containsKey).toList(),
                districts.stream()
                        .filter(d ->
                                byDistrict.containsKey(d) && byDistrict.get(d).late())
                        .toList(),
                districts.stream().filter(d -> !byDistrict.containsKey(d)).toList());
    }

    /** One plan with its history; another district's answers as missing. */
    public DistrictPlan one(Caller caller, String planId) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.INTEGRATION);
        return plans.byId(planId)
                .filter(plan -> caller.has(Role.CITY_ADMIN) || plan.district().equals(caller.unit()))
                .orElseThrow(() -> new PlanProblem.NotFound(planId));
    }
}
