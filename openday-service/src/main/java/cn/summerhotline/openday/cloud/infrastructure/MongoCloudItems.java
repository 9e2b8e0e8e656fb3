package cn.summerhotline.openday.cloud.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.cloud.application.CloudItems;
import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.store.AggregateStore;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Items in {@code cloud_items}, with their events in the embedded outbox; review outcomes applied by {@link
 * ReviewWrites}.
 */
@Repository
class MongoCloudItems implements CloudItems {

    static final String COLLECTION = "cloud_items";

    private static final Comparator<CloudItem> ORDER = Comparator.comparing(CloudItem::section)
            .thenComparing(CloudItem::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CloudItem::id);

    private final AggregateStore<CloudItem> store;
    private final ReviewWrites reviews;

    MongoCloudItems(MongoOperations mongo, EventOutbox outbox, Clock clock) {
        this.reviews = new ReviewWrites(mongo, outbox, clock);
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
        return byId(itemId)
                .map(item -> reviews.apply(
                        COLLECTION,
                        new ReviewWrites.Reviewed(
                                itemId,
                                item.year(),
                                item.section().name(),
                                item.kind().name(),
                                item.unit(),
                                item.isPublic()),
                        eventId,
                        contentVersion,
                        outcome))
                .orElse(false);
    }
}
