package cn.summerhotline.openday.stats.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.stats.application.Counts;
import cn.summerhotline.openday.stats.model.Metric;
import cn.summerhotline.openday.stats.model.Snapshot;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per year in {@code cloud_counters}, raised by upserted {@code $inc} updates only; participants and
 * counted events insert-once in {@code cloud_participants} and {@code stats_events} (their ids unique).
 */
@Repository
class MongoCounts implements Counts {

    static final String COUNTERS = "cloud_counters";
    static final String PARTICIPANTS = "cloud_participants";
    static final String EVENTS = "stats_events";

    private final MongoOperations mongo;
    private final Clock clock;

    MongoCounts(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void add(int year, Map<String, Long> increments) {
        if (increments.isEmpty()) {
            return;
        }
        Update update = new Update();
        increments.forEach(update::inc);
        mongo.upsert(query(where("_id").is(year)), update, COUNTERS);
    }

    @Override
    public Snapshot of(int year) {
        Document d = mongo.findById(year, Document.class, COUNTERS);
        d = d == null ? new Document() : d;
        Map<String, Map<Metric, Long>> units = new HashMap<>();
        d.get("units", new Document()).forEach((unit, metrics) -> units.put(unit, metrics((Document) metrics)));
        return new Snapshot(
                year,
                metrics(d.get("totals", new Document())),
                units,
                numbers(d.get("sections", new Document())),
                numbers(d.get("items", new Document())),
                clock.instant());
    }

    @Override
    public boolean firstTime(int year, String participantHash) {
        return insertOnce(PARTICIPANTS, new Document("_id", year + ":" + participantHash).append("year", year));
    }

    @Override
    public boolean firstDelivery(String eventId) {
        return insertOnce(EVENTS, new Document("_id", eventId));
    }

    private boolean insertOnce(String collection, Document document) {
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    private static Map<Metric, Long> metrics(Document d) {
        Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            Object value = d.get(metric.name());
            metrics.put(metric, value instanceof Number n ? n.longValue() : 0L);
        }
        return metrics;
    }

    private static Map<String, Long> numbers(Document d) {
        Map<String, Long> numbers = new HashMap<>();
        d.forEach((key, value) -> numbers.put(key, ((Number) value).longValue()));
        return numbers;
    }
}
