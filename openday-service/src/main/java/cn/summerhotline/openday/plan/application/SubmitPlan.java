package cn.summerhotline.openday.plan.application;

import cn.summerhotline.openday.openday.application.OpenDays;
import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A district bureau submits its open-day plan to the city bureau office: the first version, or the next one of a
 * returned plan. Late when submitted after the year's deadline, still taken. Another district's plan is refused.
 */
@Service
public class SubmitPlan {

    static final int ATTEMPTS = 3;

    /** What the district submits. */
    public record Submission(String district, String content, String activitiesSummary) {}

    private final DistrictPlans plans;
    private final OpenDays openDays;
    private final Clock clock;
    private final PlanKeys keys;

    public SubmitPlan(DistrictPlans plans, OpenDays openDays, Clock clock, PlanKeys keys) {
        this.plans = plans;
        this.openDays = openDays;
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * The submission, or with an {@code Idempotency-Key} the caller sent before for the same submission, the plan
     * as it now stands (replayed) instead of a 409.
     */
    public RepeatableActions.Outcome<DistrictPlan> submit(
            Caller caller, int year, Submission submission, String idempotencyKey) {
        String request = String.join(
                "\n",
                "submit-plan",
                String.valueOf(year),
                String.valueOf(submission.district()),
                String.valueOf(submission.content()),
                String.valueOf(submission.activitiesSummary()));
        return keys.actions()
                .run(
                        String.valueOf(caller.subject()),
                        idempotencyKey,
                        request,
                        () -> submit(caller, year, submission),
                        DistrictPlan::id,
                        id -> plans.byId(id).orElseThrow(() -> new PlanProblem.NotFound(id)));
    }

    public DistrictPlan submit(Caller caller, int year, Submission submission) {
        caller.requireAny(Role.DISTRICT_ADMIN, Role.INTEGRATION);
        String district = caller.unit();
        boolean districtBureau = Unit.ofCode(district).map(Unit::isDistrict).orElse(false);
        if (!districtBureau
                || (submission.district() != null && !submission.district().equals(district))) {
            throw new PlanProblem.NotYourDistrict(submission.district() == null ? district : submission.district());
        }
        OpenDay openDay = openDays.ofYear(year).orElseThrow(() -> new PlanProblem.NoOpenDay(year));
        String id = DistrictPlan.idOf(year, district);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            boolean late = openDay.isLate(now);
            Optional<DistrictPlan> stored = plans.byId(id);
            if (stored.isEmpty()) {
                DistrictPlan first = DistrictPlan.submit(
                        year,
                        district,
                        submission.content(),
                        submission.activitiesSummary(),
                        caller.subject(),
                        now,
                        late);
                if (plans.add(first)) {
                    return first.stored(0);
                }
                continue; // submitted at the same moment by another caller of the district: read it and go on
            }
            DistrictPlan next = stored.get()
                    .resubmit(submission.content(), submission.activitiesSummary(), caller.subject(), now, late);
            Optional<DistrictPlan> updated = plans.update(next);
            if (updated.isPresent()) {
                return updated.get();
            }
        }
        throw new PlanProblem.ConcurrentUpdate(id);
    }
}
