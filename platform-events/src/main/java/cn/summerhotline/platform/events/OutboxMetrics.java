package cn.summerhotline.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * {@code summer_outbox_pending{collection}}: events written with a state change and not yet confirmed by the
 * broker. It grows while the broker is away and should fall back to zero within seconds once it returns; one
 * that stays up means the relay is stuck.
 */
final class OutboxMetrics implements MeterBinder {

    static final String NAME = "summer.outbox.pending";
    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final EventOutbox outbox;
    private final MongoOperations mongo;
    private final Sampled<Map<String, Double>> pending;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    OutboxMetrics(EventOutbox outbox, MongoOperations mongo, LongSupplier nanoTime) {
        this.outbox = outbox;
        this.mongo = mongo;
        this.pending = new Sampled<>(this::count, MAX_AGE, nanoTime);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        outbox.collections().forEach(this::gauge);
    }

    private void gauge(String collection) {
        MeterRegistry target = registry;
        if (target != null && gauged.add(collection)) {
            Gauge.builder(NAME, this, metrics -> metrics.pending.get().getOrDefault(collection, Double.NaN))
                    .description("Events in the outbox of the collection's documents, not yet published")
                    .tag("collection", collection)
                    .strongReference(true)
                    .register(target);
        }
    }

    private Map<String, Double> count() {
        Map<String, Double> counts = new HashMap<>();
        for (String collection : outbox.collections()) {
            // Collections that an outbox write registered after start-up get their gauge on the next scrape.
            gauge(collection);
            counts.put(collection, count(collection));
        }
        return counts;
    }

    private double count(String collection) {
        Query withOutbox = Query.query(Criteria.where(EventOutbox.FIELD + ".id").exists(true));
        withOutbox.fields().include(EventOutbox.FIELD + ".id");
        try {
            long events = 0;
            for (Document document : mongo.find(withOutbox, Document.class, collection)) {
                if (document.get(EventOutbox.FIELD) instanceof List<?> outboxed) {
                    events += outboxed.size();
                }
            }
            return events;
        } catch (RuntimeException e) {
            log.debug("Cannot count the outbox of {}", collection, e);
            return Double.NaN;
        }
    }
}
