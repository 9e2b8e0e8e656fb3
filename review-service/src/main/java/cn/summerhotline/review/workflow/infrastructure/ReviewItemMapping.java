package cn.summerhotline.review.workflow.infrastructure;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import cn.summerhotline.review.workflow.model.ReviewItem;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The aggregate store's view of a review item: its document as {@link ReviewItemDocuments} spells it out, and its
 * pending events as {@link ReviewEventMessages} publishes them.
 */
final class ReviewItemMapping implements AggregateMapping<ReviewItem> {

    private static final Set<String> FIELDS = Set.copyOf(ReviewItemDocuments.STORED_FIELDS);

    @Override
    public Object id(ReviewItem item) {
        return item.id();
    }

    @Override
    public long version(ReviewItem item) {
        return item.version();
    }

    @Override
    public Document write(ReviewItem item) {
        return ReviewItemDocuments.write(item.snapshot());
    }

    @Override
    public ReviewItem read(Document document) {
        return ReviewItem.restore(ReviewItemDocuments.read(document));
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public List<OutgoingEvent> events(ReviewItem item) {
        return item.pendingEvents().stream().map(ReviewEventMessages::outgoing).toList();
    }

    /** Restored from its snapshot, so the item handed back holds no pending events any more. */
    @Override
    public ReviewItem stored(ReviewItem item, long version) {
        return ReviewItem.restore(item.snapshot().withVersion(version));
    }
}
