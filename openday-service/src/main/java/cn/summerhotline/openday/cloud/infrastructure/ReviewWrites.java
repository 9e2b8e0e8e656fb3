package cn.summerhotline.openday.cloud.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.platform.events.AppliedEvents;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateStore;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A review outcome applied to reviewed content (an item or a story) in one conditional update: the event id not
 * yet applied (a redelivery changes nothing), for PUBLISHED and REJECTED also the version it is about (a decision
 * about another version never shows an unreviewed one); a takedown or hiding applies whatever version is shown.
 * The published and hidden events ride in the same update.
 */
public final class ReviewWrites {

    /** The content as the outcome finds it: what its events name. */
    public record Reviewed(String id, int year, String section, String kind, String unit, boolean shown) {}

    private final MongoOperations mongo;
    private final EventOutbox outbox;
    private final Clock clock;

    public ReviewWrites(MongoOperations mongo, EventOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    public boolean apply(
            String collection, Reviewed content, String eventId, int contentVersion, ReviewOutcome outcome) {
        Criteria criteria =
                where("_id").is(content.id()).and(AppliedEvents.FIELD).ne(eventId);
        Update update = new Update().addToSet(AppliedEvents.FIELD, eventId).inc(AggregateStore.VERSION, 1);
        OutgoingEvent event = null;
        switch (outcome) {
            case PUBLISHED -> {
                criteria = criteria.and("contentVersion").is(contentVersion);
                update.set("status", ItemStatus.PUBLISHED.name()).set("publishedAt", clock.instant());
                event = ContentEvents.published(
                        content.id(),
                        contentVersion,
                        content.year(),
                        content.section(),
                        content.kind(),
                        content.unit(),
                        clock.instant());
            }
            case REJECTED -> {
                criteria = criteria.and("contentVersion").is(contentVersion);
                update.set("status", ItemStatus.REJECTED.name());
            }
            case TAKEN_DOWN, HIDDEN -> {
                ItemStatus status = outcome == ReviewOutcome.HIDDEN ? ItemStatus.HIDDEN : ItemStatus.TAKEN_DOWN;
                update.set("status", status.name());
                if (content.shown()) {
                    event = ContentEvents.hidden(
                            content.id(),
                            content.year(),
                            content.section(),
                            content.kind(),
                            content.unit(),
                            status.name(),
                            clock.instant());
                }
            }
        }
        long changed = event == null
                ? mongo.updateFirst(query(criteria), update, collection).getModifiedCount()
                : outbox.updateFirst(query(criteria), update, collection, event).getModifiedCount();
        return changed > 0;
    }
}
