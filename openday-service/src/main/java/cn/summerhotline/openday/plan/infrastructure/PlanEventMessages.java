package cn.summerhotline.openday.plan.infrastructure;

import cn.summerhotline.openday.plan.model.PlanEvent;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.privacy.PersonalData;

/**
 * A plan event as it leaves the service: type {@code summerhotline.plan.<name>.v1}, routing key {@code
 * plan.<name>.<district>}, the event record as data (schemas {@code contracts/schemas/plan-<name>.v1.schema.json}).
 * The district's every subscriber hears it, so a returned plan's comment goes out masked by the platform's policy.
 */
final class PlanEventMessages {

    static final String AGGREGATE = "plan";

    private PlanEventMessages() {}

    static OutgoingEvent outgoing(PlanEvent event) {
        return OutgoingEvent.of(AGGREGATE, event.name(), event.district(), event.planId(), masked(event));
    }

    static PlanEvent masked(PlanEvent event) {
        if (event instanceof PlanEvent.Returned r) {
            return new PlanEvent.Returned(
                    r.planId(), r.year(), r.district(), r.version(), PersonalData.mask(r.comment()), r.at());
        }
        return event;
    }
}
