package cn.summerhotline.openday.cloud.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.cloud.application.CloudItems;
import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.platform.events.AppliedEvents;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateStore;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Items in {@code cloud_items}, with their events in the embedded outbox. A review outcome is one conditional
 * update: the event id not yet applied (so a redelivery changes nothing), for PUBLISHED also the version it is
 * about (a decision about an older version never shows a newer, unreviewed one).
 */
@Repository
class MongoCloudItems implements CloudItems {

    static final String COLLECTION = "cloud_items";

    private static final Comparator<CloudItem> ORDER = Comparator.comparing(CloudItem::section)
            .thenComparing(CloudItem::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CloudItem::id);

    private final MongoOperations mongo;
    private final EventOutbox outbox;
    private final AggregateStore<CloudItem> store;
    private final Clock clock;

    MongoCloudItems(MongoOperations mongo, EventOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.store = new AggregateStore<>(mongo, outbox, COLLECTION, new ItemMapping());
    }

    @Override
    public Optional<CloudItem> byId(String id) {
        return store.one(query(where("_id").is(id)));
    }

    @Override
    public List<CloudItem> ofYear(int year, boolean publishedOnly) {
        Criteria criteria = where("year").is(year);
        if (publishedOnly) {
            criteria = criteria.and("status").is(ItemStatus.PUBLISHED.name());
        }
        return store.many(query(criteria)).stream().sorted(ORDER).toList();
    }

    @Override
    public void insert(CloudItem item) {
        store.insert(item);
    }

    @Override
    public boolean apply(String itemId, String eventId, int contentVersion, ReviewOutcome outcome) {
        Optional<CloudItem> found = byId(itemId);
        if (found.isEmpty()) {
            return false;
        }
        CloudItem item = found.get();
        Criteria criteria = where("_id").is(itemId).and(AppliedEvents.FIELD).ne(eventId);
        Update update = new Update().addToSet(AppliedEvents.FIELD, eventId).inc(AggregateStore.VERSION, 1);
        String section = item.section().name();
        String kind = item.kind().name();
        OutgoingEvent event = null;
        switch (outcome) {
            case PUBLISHED -> {
                criteria = criteria.and("contentVersion").is(contentVersion);
                update.set("status", ItemStatus.PUBLISHED.name()).set("publishedAt", clock.instant());
                event = ContentEvents.published(
                        itemId, contentVersion, item.year(), section, kind, item.unit(), clock.instant());
            }
            case REJECTED -> {
                criteria = criteria.and("contentVersion").is(contentVersion);
                update.set("status", ItemStatus.REJECTED.name());
            }
            case TAKEN_DOWN, HIDDEN -> {
                ItemStatus status = outcome == ReviewOutcome.HIDDEN ? ItemStatus.HIDDEN : ItemStatus.TAKEN_DOWN;
                update.set("status", status.name());
                if (item.isPublic()) {
                    event = ContentEvents.hidden(
                            itemId, item.year(), section, kind, item.unit(), status.name(), clock.instant());
                }
            }
        }
        Query guarded = query(criteria);
        long changed = event == null
                ? mongo.updateFirst(guarded, update, COLLECTION).getModifiedCount()
                : outbox.updateFirst(guarded, update, COLLECTION, event).getModifiedCount();
        return changed > 0;
    }
}
