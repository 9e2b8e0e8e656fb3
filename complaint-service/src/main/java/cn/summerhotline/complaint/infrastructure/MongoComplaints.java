package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.Complaints;
import cn.summerhotline.complaint.application.Page;
import cn.summerhotline.complaint.application.StatisticsQuery;
import cn.summerhotline.complaint.application.StatisticsRow;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import cn.summerhotline.platform.events.store.AggregateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Complaints in the {@code complaints} collection, one document each with its timeline, replies, ratings and
 * pending events, kept by an {@link AggregateStore}: changes are single-document updates guarded by the version
 * read (optimistic concurrency), the events joining the same update through the outbox. A few derived fields
 * ({@code receivedDay}, {@code replied}, {@code latestScore}) keep the statistics pipeline simple.
 */
@Repository
class MongoComplaints implements Complaints {

    static final String COLLECTION = "complaints";

    private static final Set<String> FIELDS = Set.copyOf(ComplaintDocuments.STORED_FIELDS);
    private static final List<Status> AWAITING_HANDLING =
            Arrays.stream(Status.values()).filter(Status::awaitingHandling).toList();

    private final MongoOperations mongo;
    private final AggregateStore<Complaint> store;

    MongoComplaints(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, COLLECTION, new Mapping());
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("trackingNumber", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("mergedInto", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index().on("receivedAt", Sort.Direction.DESC));
    }

    @Override
    public Optional<Complaint> byId(String id) {
        return store.one(Query.query(Criteria.where("_id").is(id)));
    }

    @Override
    public Optional<Complaint> byTrackingNumber(String trackingNumber) {
        return store.one(Query.query(Criteria.where("trackingNumber").is(trackingNumber)));
    }

    @Override
    public boolean add(Complaint complaint) {
        return store.insert(complaint);
    }

    @Override
    public Optional<Complaint> update(Complaint complaint) {
        return store.update(complaint);
    }

    @Override
    public Page<Complaint> find(ComplaintFilter filter, int page, int size) {
        Query query = Query.query(criteria(filter));
        long total = store.count(query);
        query.with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        return new Page<>(store.many(query), page, size, total);
    }

    @Override
    public void forEach(ComplaintFilter filter, int limit, Consumer<Complaint> visitor) {
        Query query = Query.query(criteria(filter))
                .with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id")))
                .limit(limit);
        store.forEach(query, visitor);
    }

    @Override
    public List<Complaint> pastDeadlineNotMarked(Instant now, int limit) {
        Query query = Query.query(Criteria.where("status")
                        .in(AWAITING_HANDLING.stream().map(Enum::name).toList())
                        .and("dueAt")
                        .lt(now)
                        .and("overdueSince")
                        .is(null)
                        .and("mergedInto")
                        .is(null))
                .limit(limit);
        return store.many(query);
    }

    @Override
    public List<Complaint> mergedInto(String primaryId) {
        return store.many(Query.query(Criteria.where("mergedInto").is(primaryId)));
    }

    @Override
    public List<StatisticsRow> statistics(StatisticsQuery query) {
        return new StatisticsPipeline(mongo.getCollection(COLLECTION)).run(query);
    }

    private Criteria criteria(ComplaintFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.district() != null) {
            all.add(Criteria.where("district").is(filter.district()));
        }
        if (filter.squad() != null) {
            all.add(Criteria.where("squad").is(filter.squad()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.category() != null) {
            all.add(Criteria.where("category").is(filter.category().name()));
        }
        if (filter.channel() != null) {
            all.add(Criteria.where("channel").is(filter.channel().name()));
        }
        if (filter.overdue() != null) {
            all.add(
                    filter.overdue()
                            ? Criteria.where("overdueSince").ne(null)
                            : Criteria.where("overdueSince").is(null));
        }
        if (filter.followed() != null) {
            all.add(Criteria.where("followed").is(filter.followed()));
        }
        if (filter.receivedFrom() != null) {
            all.add(Criteria.where("receivedAt").gte(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            all.add(Criteria.where("receivedAt").lt(filter.receivedTo()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private Complaint read(Document document) {
        return Complaint.restore(ComplaintDocuments.read(document));
    }

    private Document write(ComplaintSnapshot snapshot) {
        return ComplaintDocuments.write(snapshot);
    }

    /** The store's view of a complaint: its document through {@link #read} and {@link #write}. */
    private final class Mapping implements AggregateMapping<Complaint> {

        @Override
        public Object id(Complaint complaint) {
            return complaint.id();
        }

        @Override
        public long version(Complaint complaint) {
            return complaint.version();
        }

        @Override
        public Document write(Complaint complaint) {
            return MongoComplaints.this.write(complaint.snapshot());
        }

        @Override
        public Complaint read(Document document) {
            return MongoComplaints.this.read(document);
        }

        @Override
        public Set<String> fields() {
            return FIELDS;
        }

        @Override
        public List<OutgoingEvent> events(Complaint complaint) {
            return List.of(ComplaintEventMessages.outgoing(complaint));
        }

        @Override
        public Complaint stored(Complaint complaint, long version) {
            return Complaint.restore(complaint.snapshot().withVersion(version));
        }
    }
}
