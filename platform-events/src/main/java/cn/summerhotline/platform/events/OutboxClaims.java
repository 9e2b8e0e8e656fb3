package cn.summerhotline.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's side of the outbox in the store: finds documents with pending entries, holds each under a lease
 * ({@link EventOutbox#LEASE_FIELD}) while it is published, then removes the confirmed entries and releases the
 * lease. The rest stay pending for a later pass; a crashed instance's lease simply expires.
 */
final class OutboxClaims {

    /** A document's pending entries, oldest first, as read; claimed or about to be. */
    record Pending(String collection, Object id, List<OutboxEntry> entries) {}

    private final MongoOperations mongo;
    private final EventsProperties.Relay settings;
    private final Clock clock;

    OutboxClaims(MongoOperations mongo, EventsProperties.Relay settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The pending entries of a document this instance has just written, read by its {@code _id} alone (the
     * cheapest read on any store), and leased; empty when an earlier pass took them already.
     */
    Optional<Pending> claimWritten(String collection, Object id) {
        Query byId = byId(id);
        byId.fields().include("_id", EventOutbox.FIELD);
        Document found = mongo.findOne(byId, Document.class, collection);
        List<OutboxEntry> entries = found == null ? List.of() : OutboxEntry.in(found);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        // The lease is set by id alone: a sweeping replica then passes this document by. Should two instances
        // still publish it at once, consumers apply each event id once.
        mongo.updateFirst(byId(id), new Update().set(EventOutbox.LEASE_FIELD, leaseEnd(clock.instant())), collection);
        return Optional.of(new Pending(collection, id, entries));
    }

    /** Up to a batch of documents of the collection with pending entries and no live lease, not yet claimed. */
    List<Pending> due(String collection) {
        Query pendingQuery = new Query(new Criteria()
                        .andOperator(
                                Criteria.where(EventOutbox.FIELD + "." + OutboxEntry.ID)
                                        .exists(true),
                                unleased(clock.instant())))
                .limit(settings.batchSize());
        pendingQuery.fields().include("_id", EventOutbox.FIELD);
        List<Pending> due = new ArrayList<>();
        for (Document document : mongo.find(pendingQuery, Document.class, collection)) {
            due.add(new Pending(collection, document.get("_id"), OutboxEntry.in(document)));
        }
        return due;
    }

    /** Leases a due document unless another instance holds it; true when this instance now does. */
    boolean claim(Pending pending) {
        Instant now = clock.instant();
        Query unclaimed =
                new Query(new Criteria().andOperator(Criteria.where("_id").is(pending.id()), unleased(now)));
        Update lease = new Update().set(EventOutbox.LEASE_FIELD, leaseEnd(now));
        return mongo.updateFirst(unclaimed, lease, pending.collection()).getModifiedCount() == 1;
    }

    /** Removes the entries the broker confirmed and releases the lease, so the others are tried again. */
    void settle(Pending pending, List<String> confirmedIds) {
        Update update = new Update().unset(EventOutbox.LEASE_FIELD);
        if (!confirmedIds.isEmpty()) {
            update.pull(EventOutbox.FIELD, new Document(OutboxEntry.ID, new Document("$in", confirmedIds)));
        }
        mongo.updateFirst(byId(pending.id()), update, pending.collection());
    }

    private static Criteria unleased(Instant now) {
        return new Criteria()
                .orOperator(
                        Criteria.where(EventOutbox.LEASE_FIELD).exists(false),
                        Criteria.where(EventOutbox.LEASE_FIELD).lte(Date.from(now)));
    }

    private Date leaseEnd(Instant now) {
        return Date.from(now.plus(settings.lease()));
    }

    private static Query byId(Object id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
