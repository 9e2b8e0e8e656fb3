package cn.summerhotline.platform.events.store;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One collection of aggregates, one document each with its pending events. A change is one single-document
 * update guarded by the version read (optimistic concurrency), its events joining the same update through the
 * {@link EventOutbox}, so both are stored or neither is. Reads never carry the outbox. A service's repository
 * keeps only its own queries, indexes and statistics on top.
 *
 * @param <T> the aggregate
 */
public final class AggregateStore<T> {

    /** The field of the document's version, raised by one with each update. */
    public static final String VERSION = "version";

    private static final Set<String> STORE_FIELDS = Set.of("_id", VERSION, EventOutbox.FIELD, EventOutbox.LEASE_FIELD);

    private final MongoOperations mongo;
    private final EventOutbox outbox;
    private final String collection;
    private final AggregateMapping<T> mapping;

    /** Registers the collection with the outbox relay, which looks there for pending events from now on. */
    public AggregateStore(MongoOperations mongo, EventOutbox outbox, String collection, AggregateMapping<T> mapping) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.collection = collection;
        this.mapping = mapping;
        outbox.register(collection);
    }

    /** Stores a new aggregate with its events; false, storing nothing, when a unique index refuses it. */
    public boolean insert(T aggregate) {
        Document document = fields(aggregate);
        document.put("_id", mapping.id(aggregate));
        document.put(VERSION, mapping.version(aggregate));
        List<OutgoingEvent> events = mapping.events(aggregate);
        try {
            if (events.isEmpty()) {
                mongo.insert(document, collection);
            } else {
                outbox.insert(document, collection, events.toArray(OutgoingEvent[]::new));
            }
            return true;
        } catch (DuplicateKeyException clash) {
            return false;
        }
    }

    /**
     * Stores the aggregate's fields and events unless its document changed since the aggregate was read: sets
     * what it holds, unsets what it no longer holds, raises the version. Returns the stored aggregate, or empty
     * (and nothing written) on such a conflict.
     */
    public Optional<T> update(T aggregate) {
        long read = mapping.version(aggregate);
        Document fields = fields(aggregate);
        Update update = new Update();
        for (String name : mapping.fields()) {
            if (STORE_FIELDS.contains(name)) {
                continue;
            }
            if (fields.containsKey(name)) {
                update.set(name, fields.get(name));
            } else {
                update.unset(name);
            }
        }
        update.set(VERSION, read + 1);
        Query unchanged = Query.query(
                Criteria.where("_id").is(mapping.id(aggregate)).and(VERSION).is(read));
        List<OutgoingEvent> events = mapping.events(aggregate);
        long modified = events.isEmpty()
                ? mongo.updateFirst(unchanged, update, collection).getModifiedCount()
                : outbox.updateFirst(unchanged, update, collection, events.toArray(OutgoingEvent[]::new))
                        .getModifiedCount();
        return modified == 0 ? Optional.empty() : Optional.of(mapping.stored(aggregate, read + 1));
    }

    public Optional<T> one(Query query) {
        return Optional.ofNullable(mongo.findOne(withoutOutbox(query), Document.class, collection))
                .map(mapping::read);
    }

    public List<T> many(Query query) {
        return mongo.find(withoutOutbox(query), Document.class, collection).stream()
                .map(mapping::read)
                .toList();
    }

    /** Visits the aggregates of the query one by one, without holding them all in memory. */
    public void forEach(Query query, Consumer<? super T> visitor) {
        try (var stream = mongo.stream(withoutOutbox(query), Document.class, collection)) {
            stream.map(mapping::read).forEach(visitor);
        }
    }

    public long count(Query query) {
        return mongo.count(query, collection);
    }

    private Document fields(T aggregate) {
        Document fields = mapping.write(aggregate);
        for (String name : fields.keySet()) {
            boolean declared = mapping.fields().contains(name) || name.equals("_id") || name.equals(VERSION);
            // An undeclared field would never be unset by a later update; the outbox is the store's alone.
            if (!declared || name.equals(EventOutbox.FIELD) || name.equals(EventOutbox.LEASE_FIELD)) {
                throw new IllegalArgumentException(
                        "The mapping of " + collection + " writes " + name + ", which is not one of its fields()");
            }
        }
        return fields;
    }

    private static Query withoutOutbox(Query query) {
        query.fields().exclude(EventOutbox.FIELD).exclude(EventOutbox.LEASE_FIELD);
        return query;
    }
}
