package cn.summerhotline.platform.events;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox embedded in each aggregate document: a service adds the events of a state change to the same
 * single-document write as the change itself, so both are stored or neither is. Each event is an
 * {@link OutboxEntry}; after each write the outbox tells {@link OutboxWrites}, and the {@link OutboxRelay}
 * publishes the entries and removes each one once the broker has confirmed it.
 *
 * <p>Documents with an outbox must be changed with updates (or with {@link #insert}), never replaced whole,
 * or pending events would be overwritten.
 */
public final class EventOutbox {

    /** The array of pending events in an aggregate document. */
    public static final String FIELD = "outbox";

    /** Set while one relay instance publishes a document's events. */
    public static final String LEASE_FIELD = "outboxLease";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final MongoOperations mongo;
    private final JsonMapper mapper;
    private final String source;
    private final Clock clock;
    private final Duration lease;
    private final Set<String> collections = new CopyOnWriteArraySet<>();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final OutboxWrites writes;

    /**
     * @param collections the collections to relay from start-up, besides those written through this outbox
     * @param lease how long a document written with events is left to this instance's relay (the write sets the
     *     relay's lease itself) before another instance's sweep may take it
     * @param writes told of every write through this outbox that added events
     */
    public EventOutbox(
            MongoOperations mongo,
            JsonMapper mapper,
            String source,
            Collection<String> collections,
            Clock clock,
            Duration lease,
            OutboxWrites writes) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.source = source;
        this.clock = clock;
        this.lease = lease;
        this.collections.addAll(collections);
        this.writes = writes;
    }

    /** Adds the events to an update of an existing aggregate: {@code $push} onto its outbox. */
    public Update append(Update update, OutgoingEvent... events) {
        update.push(FIELD).each(pending(events).toArray());
        return update;
    }

    /** Adds the events to a new aggregate document about to be inserted. */
    public Document append(Document document, OutgoingEvent... events) {
        List<Document> outbox = new ArrayList<>();
        if (document.get(FIELD) instanceof List<?> existing) {
            existing.forEach(item -> outbox.add((Document) item));
        }
        outbox.addAll(pending(events));
        document.put(FIELD, outbox);
        return document;
    }

    /**
     * Applies the update and the events to the first matching document in one write, registers the collection
     * with the relay and tells {@link OutboxWrites}.
     *
     * <p>When the query names the document's {@code _id} plainly, the write also takes the relay's lease
     * ({@link #LEASE_FIELD}) for this instance, whose relay reads the document by that id next: the relay then
     * needs no write of its own to claim it, and the other instances' sweeps pass it by. Should this instance
     * stop first, the lease runs out and a sweep publishes the events.
     */
    public UpdateResult updateFirst(Query query, Update update, String collection, OutgoingEvent... events) {
        register(collection);
        Object id = plainId(query);
        if (id != null) {
            update.set(LEASE_FIELD, leaseEnd());
        }
        UpdateResult result = mongo.updateFirst(query, append(update, events), collection);
        if (result.getModifiedCount() > 0) {
            writes.written(collection, id);
        }
        return result;
    }

    /**
     * Inserts a new aggregate (a {@link Document} or a mapped entity) together with its events and the relay's
     * lease for this instance (as {@link #updateFirst}), registers the collection with the relay and tells
     * {@link OutboxWrites}.
     */
    public Document insert(Object aggregate, String collection, OutgoingEvent... events) {
        register(collection);
        Document document;
        if (aggregate instanceof Document given) {
            document = given;
        } else {
            document = new Document();
            mongo.getConverter().write(aggregate, document);
        }
        if (document.get("_id") != null) {
            // Without an id known here the relay is told to sweep instead, which a lease would hold off.
            document.put(LEASE_FIELD, leaseEnd());
        }
        mongo.insert(append(document, events), collection);
        writes.written(collection, document.get("_id"));
        return document;
    }

    private Date leaseEnd() {
        return Date.from(clock.instant().plus(lease));
    }

    /** Makes the relay look at this collection too (writes through this class do it themselves). */
    public void register(String collection) {
        collections.add(collection);
        if (indexed.add(collection)) {
            // Sparse: only documents with pending events are in it, so the relay's search for them is cheap on
            // MongoDB however large the collection grows (the embedded store ignores non-unique indexes).
            mongo.indexOps(collection).createIndex(new Index(FIELD + ".id", Sort.Direction.ASC).sparse());
        }
    }

    /** The collections the relay looks at. */
    public Set<String> collections() {
        return Set.copyOf(collections);
    }

    private static Object plainId(Query query) {
        Object id = query.getQueryObject().get("_id");
        return id instanceof Document ? null : id;
    }

    private List<Document> pending(OutgoingEvent... events) {
        if (events.length == 0) {
            throw new IllegalArgumentException("no event to add to the outbox");
        }
        List<Document> pending = new ArrayList<>(events.length);
        for (OutgoingEvent event : events) {
            pending.add(pending(event));
        }
        return pending;
    }

    private Document pending(OutgoingEvent event) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime time = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
        // The envelope is serialised once, here: the relay publishes these exact bytes however often it has to
        // retry, and nothing of the payload is lost in a round trip through BSON types.
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id);
        envelope.put("source", source);
        envelope.put("type", event.type());
        envelope.put("time", TIME.format(time));
        envelope.put("subject", event.subject());
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", event.data());
        return new OutboxEntry(
                        id,
                        event.type(),
                        event.routingKey(),
                        event.subject(),
                        time.toInstant(),
                        mapper.writeValueAsString(envelope))
                .toDocument();
    }
}
