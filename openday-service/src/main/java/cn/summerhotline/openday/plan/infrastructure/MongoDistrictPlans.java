package cn.summerhotline.openday.plan.infrastructure;

import cn.summerhotline.openday.plan.application.DistrictPlans;
import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import cn.summerhotline.platform.events.store.AggregateStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * District plans in {@code district_plans}, one document each with its versions, decisions and pending events,
 * kept by an {@link AggregateStore}: each change is one update guarded by the version read, its events in the
 * same write. The id {@code <year>-<district>} makes a district's two first submissions at once one plan.
 */
@Repository
class MongoDistrictPlans implements DistrictPlans {

    static final String COLLECTION = "district_plans";

    private final AggregateStore<DistrictPlan> store;

    MongoDistrictPlans(MongoOperations mongo, EventOutbox outbox) {
        this.store = new AggregateStore<>(mongo, outbox, COLLECTION, new Mapping());
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC));
    }

    @Override
    public Optional<DistrictPlan> byId(String id) {
        return store.one(Query.query(Criteria.where("_id").is(id)));
    }

    @Override
    public List<DistrictPlan> ofYear(int year) {
        return store.many(Query.query(Criteria.where("year").is(year)).with(Sort.by("district")));
    }

    @Override
    public boolean add(DistrictPlan plan) {
        return store.insert(plan);
    }

    @Override
    public Optional<DistrictPlan> update(DistrictPlan plan) {
        return store.update(plan);
    }

    private static final class Mapping implements AggregateMapping<DistrictPlan> {

        private static final Set<String> FIELDS = Set.copyOf(PlanDocuments.STORED_FIELDS);

        @Override
        public Object id(DistrictPlan plan) {
            return plan.id();
        }

        @Override
        public long version(DistrictPlan plan) {
            return plan.storedVersion();
        }

        @Override
        public Document write(DistrictPlan plan) {
            return PlanDocuments.write(plan);
        }

        @Override
        public DistrictPlan read(Document document) {
            return PlanDocuments.read(document);
        }

        @Override
        public Set<String> fields() {
            return FIELDS;
        }

        @Override
        public List<OutgoingEvent> events(DistrictPlan plan) {
            return plan.pendingEvents().stream()
                    .map(PlanEventMessages::outgoing)
                    .toList();
        }

        @Override
        public DistrictPlan stored(DistrictPlan plan, long version) {
            return plan.stored(version);
        }
    }
}
