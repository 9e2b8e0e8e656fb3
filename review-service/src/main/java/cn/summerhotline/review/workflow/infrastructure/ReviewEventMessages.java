package cn.summerhotline.review.workflow.infrastructure;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.review.workflow.model.ReviewEvent;

/**
 * A review event as it leaves the service: type {@code summerhotline.review.<name>.v1}, routing key {@code
 * review.<name>.<unit>} ({@code city} for the city bureau's items), the event record as data. Every subscriber of
 * the unit hears it, so its free text (a rejection's or a takedown's reason) goes out masked by the platform's
 * policy. The schemas are {@code contracts/schemas/review-<name>.v1.schema.json}.
 */
final class ReviewEventMessages {

    static final String AGGREGATE = "review";

    private ReviewEventMessages() {}

    static OutgoingEvent outgoing(ReviewEvent event) {
        return OutgoingEvent.of(AGGREGATE, event.name(), event.unit(), event.reviewId(), masked(event));
    }

    static ReviewEvent masked(ReviewEvent event) {
        if (event instanceof ReviewEvent.Rejected r) {
            return new ReviewEvent.Rejected(
                    r.reviewId(),
                    r.source(),
                    r.contentId(),
                    r.contentVersion(),
                    r.contentKind(),
                    r.unit(),
                    r.squad(),
                    r.level(),
                    PersonalData.mask(r.reason()),
                    r.automatic(),
                    r.at());
        }
        if (event instanceof ReviewEvent.TakenDown t) {
            return new ReviewEvent.TakenDown(
                    t.reviewId(),
                    t.source(),
                    t.contentId(),
                    t.contentVersion(),
                    t.contentKind(),
                    t.unit(),
                    t.squad(),
                    t.kind(),
                    t.level(),
                    PersonalData.mask(t.reason()),
                    t.at());
        }
        return event;
    }
}
