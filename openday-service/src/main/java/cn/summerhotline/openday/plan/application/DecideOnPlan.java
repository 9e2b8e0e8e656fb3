package cn.summerhotline.openday.plan.application;

import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.openday.plan.model.PlanDecision;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The city bureau office accepts a plan awaiting its decision, or returns it with a comment. */
@Service
public class DecideOnPlan {

    private final DistrictPlans plans;
    private final Clock clock;

    public DecideOnPlan(DistrictPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public DistrictPlan decide(Caller caller, String planId, PlanDecision decision, String comment) {
        caller.requireAny(Role.CITY_ADMIN);
        for (int attempt = 0; attempt < SubmitPlan.ATTEMPTS; attempt++) {
            DistrictPlan plan = plans.byId(planId).orElseThrow(() -> new PlanProblem.NotFound(planId));
            // Decided again on what is read now: a decision taken meanwhile makes this one a 409, never a second.
            Optional<DistrictPlan> updated =
                    plans.update(plan.decide(decision, comment, caller.subject(), clock.instant()));
            if (updated.isPresent()) {
                return updated.get();
            }
        }
        throw new PlanProblem.ConcurrentUpdate(planId);
    }
}
