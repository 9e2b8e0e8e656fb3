package cn.summerhotline.review.workflow.infrastructure;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.store.AggregateStore;
import cn.summerhotline.review.workflow.application.ReviewFilter;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.application.ReviewPage;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Review items in {@code review_items}, one document each with its versions, history and pending events, kept by
 * an {@link AggregateStore}: changes are single-document updates guarded by the version read, the events joining
 * the same update through the outbox. (source, contentId) is unique, so two deliveries of an owner's first
 * submission cannot make two items.
 */
@Repository
class MongoReviewItems implements ReviewItems {

    static final String COLLECTION = "review_items";

    private final AggregateStore<ReviewItem> store;

    MongoReviewItems(MongoOperations mongo, EventOutbox outbox) {
        this.store = new AggregateStore<>(mongo, outbox, COLLECTION, new ReviewItemMapping());
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index()
                .on("source", Sort.Direction.ASC)
                .on("contentId", Sort.Direction.ASC)
                .unique());
        indexes.createIndex(new Index()
                .on("status", Sort.Direction.ASC)
                .on("level", Sort.Direction.ASC)
                .on("unit", Sort.Direction.ASC)
                .on("levelSince", Sort.Direction.ASC));
    }

    @Override
    public Optional<ReviewItem> byId(String id) {
        return store.one(Query.query(Criteria.where("_id").is(id)));
    }

    @Override
    public Optional<ReviewItem> byContent(String source, String contentId) {
        return store.one(
                Query.query(Criteria.where("source").is(source).and("contentId").is(contentId)));
    }

    @Override
    public boolean add(ReviewItem item) {
        return store.insert(item);
    }

    @Override
    public Optional<ReviewItem> update(ReviewItem item) {
        return store.update(item);
    }

    @Override
    public ReviewPage find(ReviewFilter filter, Map<ReviewLevel, Instant> overdueBefore, int page, int size) {
        List<Criteria> all = criteria(filter);
        if (filter.overdue() != null) {
            all.add(filter.overdue() ? overdue(overdueBefore) : new Criteria().norOperator(overdue(overdueBefore)));
        }
        Query query = Query.query(and(all));
        long total = store.count(query);
        List<Criteria> late = criteria(filter);
        late.add(overdue(overdueBefore));
        long overdueCount = filter.overdue() == Boolean.FALSE ? 0 : store.count(Query.query(and(late)));
        query.with(Sort.by(Sort.Order.asc("levelSince"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        return new ReviewPage(store.many(query), page, size, total, overdueCount);
    }

    @Override
    public List<ReviewItem> inStatus(ReviewStatus status, String afterId, int limit) {
        Criteria criteria = Criteria.where("status").is(status.name());
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return store.many(
                Query.query(criteria).with(Sort.by(Sort.Order.asc("_id"))).limit(limit));
    }

    /** Pending at a level it entered before that level's deadline ran out. */
    private static Criteria overdue(Map<ReviewLevel, Instant> overdueBefore) {
        List<Criteria> levels = new ArrayList<>();
        overdueBefore.forEach((level, before) -> levels.add(
                Criteria.where("level").is(level.name()).and("levelSince").lt(before)));
        return new Criteria()
                .andOperator(
                        Criteria.where("status").is(ReviewStatus.PENDING.name()), new Criteria().orOperator(levels));
    }

    private static List<Criteria> criteria(ReviewFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.level() != null) {
            all.add(Criteria.where("level").is(filter.level().name()));
        }
        if (filter.unit() != null) {
            all.add(Criteria.where("unit").is(filter.unit()));
        }
        if (filter.squad() != null) {
            all.add(Criteria.where("squad").is(filter.squad()));
        }
        return all;
    }

    private static Criteria and(List<Criteria> all) {
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
