package cn.summerhotline.review.workflow.infrastructure;

import cn.summerhotline.platform.events.EventSubscription;
import cn.summerhotline.review.workflow.application.SubmitForReview;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.Submission;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every owner's {@code <owner>.content.submitted.<unit>} event (type {@code summerhotline.<owner>.content.submitted.v1},
 * the owner its CloudEvents source; {@code contracts/schemas/<owner>-content-submitted.v1.schema.json} over the
 * shared {@code parts/content-submission.v1.schema.json}) creates or revises the
 * content's review item. A redelivered event finds its id kept with the version it brought (the document's
 * {@code appliedEvents}, platform-events' field for applied event ids, written in the same update as the change),
 * and a late one an item that holds a newer version already: either changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ContentSubmissions {

    static final String QUEUE = "review-service.content-submitted";

    /** This service's own copy of the event's data. */
    record ContentSubmitted(
            String source,
            String contentId,
            int version,
            ContentKind kind,
            String title,
            String body,
            List<String> mediaLinks,
            String unit,
            String squad,
            String submitter) {

        Submission submission(String eventId) {
            return new Submission(
                    source,
                    contentId,
                    version,
                    new Content(kind, title, body, mediaLinks),
                    new Origin(unit, squad),
                    new Actor(submitter, unit, squad),
                    eventId);
        }
    }

    @Bean
    EventSubscription contentSubmitted(SubmitForReview submit) {
        return EventSubscription.queue(QUEUE)
                .bind("*.content.submitted.*")
                .handle(ContentSubmitted.class, (event, data) -> submit.fromEvent(data.submission(event.id())));
    }
}
