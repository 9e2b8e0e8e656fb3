package cn.summerhotline.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
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
    record Pending(String collection, Object id, List<OutboxEntry> entries) {

        /**
         * The entries to remove after a publication: those the broker confirmed, up to the first it did not (the
         * events of one aggregate leave in order, so a later one waits for the earlier one's retry).
         */
        List<String> confirmedInOrder(Set<String> confirmed) {
            List<String> removed = new ArrayList<>(entries.size());
            for (OutboxEntry entry : entries) {
                if (!confirmed.contains(entry.id())) {
                    break;
                }
                removed.add(entry.id());
            }
            return removed;
        }
    }

    private final MongoOperations mongo;
    private final EventsProperties.Relay settings;
    private final Clock clock;

    OutboxClaims(MongoOperations mongo, EventsProperties.Relay settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The pending entries of documents this instance has just written, read by their {@code _id}s (answered from
     * the {@code _id} index on any store) in one read for the whole batch. Those writes took the relay's lease
     * for this instance already ({@link EventOutbox#updateFirst}), so the read is the whole claim; documents whose
     * entries an earlier pass took are left out. Should another instance's sweep still publish one at once,
     * consumers apply each event id once.
     */
    List<Pending> claimWritten(String collection, Collection<?> ids) {
        Query byIds = Query.query(Criteria.where("_id").in(ids));
        byIds.fields().include("_id", EventOutbox.FIELD);
        List<Pending> found = new ArrayList<>();
        for (Document document : mongo.find(byIds, Document.class, collection)) {
            List<OutboxEntry> entries = OutboxEntry.in(document);
            if (!entries.isEmpty()) {
                found.add(new Pending(collection, document.get("_id"), entries));
            }
        }
        return found;
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

    /**
     * Removes from each document the entries the broker confirmed, in order, and releases its lease, so the
     * others are tried again: one bulk write for the documents of a collection.
     */
    void settle(List<Pending> pendings, Set<String> confirmed) {
        Map<String, List<Pending>> byCollection = new LinkedHashMap<>();
        for (Pending pending : pendings) {
            byCollection
                    .computeIfAbsent(pending.collection(), c -> new ArrayList<>())
                    .add(pending);
        }
        byCollection.forEach((collection, ofCollection) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            for (Pending pending : ofCollection) {
                Update update = new Update().unset(EventOutbox.LEASE_FIELD);
                List<String> removed = pending.confirmedInOrder(confirmed);
                if (!removed.isEmpty()) {
                    update.pull(EventOutbox.FIELD, new Document(OutboxEntry.ID, new Document("$in", removed)));
                }
                bulk.updateOne(byId(pending.id()), update);
            }
            bulk.execute();
        });
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
