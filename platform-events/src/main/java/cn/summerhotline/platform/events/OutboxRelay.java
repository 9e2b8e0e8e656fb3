package cn.summerhotline.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Publishes the pending events of every registered collection and removes each one only after the broker
 * confirmed it. A crash between the confirm and the removal publishes the event again: consumers are idempotent.
 * {@link OutboxRelaySchedule} runs its passes, one at a time; {@link OutboxClaims} is its side of the store and
 * {@link ConfirmedPublisher} its side of the broker.
 *
 * <p>A pass publishes first the documents this instance has just written, read by their {@code _id} alone
 * (the cheapest read on any store), and searches whole collections only every {@code sweep-interval}, at
 * start-up and after a failure: that sweep finds what a crashed or another instance left pending.
 */
public final class OutboxRelay {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private final EventOutbox outbox;
    private final OutboxClaims claims;
    private final ConfirmedPublisher publisher;
    private final Duration sweepInterval;
    private final int batchSize;
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private volatile boolean sweepDue = true;
    private volatile long lastSweep;

    OutboxRelay(
            EventOutbox outbox,
            OutboxClaims claims,
            ConfirmedPublisher publisher,
            Duration sweepInterval,
            int batchSize) {
        this.outbox = outbox;
        this.claims = claims;
        this.publisher = publisher;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
    }

    private record Written(String collection, Object id) {}

    /** Remembers a document written with events, for the next pass; {@code id} null asks for a sweep. */
    void written(String collection, Object id) {
        if (id == null) {
            sweepDue = true;
        } else {
            written.add(new Written(collection, id));
        }
    }

    /**
     * One pass: the documents written since the last pass, then, when due, every registered collection.
     * Returns the number of events confirmed and removed.
     */
    public int relayOnce() {
        int relayed = 0;
        try {
            relayed += relayWritten();
            long now = System.nanoTime();
            if (sweepDue || now - lastSweep >= sweepInterval.toNanos()) {
                sweepDue = false;
                lastSweep = now;
                for (String collection : outbox.collections()) {
                    relayed += sweep(collection);
                }
            }
        } catch (RuntimeException e) {
            // What was not published stays pending in its document: the next pass sweeps for it.
            sweepDue = true;
            throw e;
        }
        return relayed;
    }

    /**
     * The documents written since the last pass, by collection and in batches: under a rush a pass finds dozens,
     * and reads, publishes and settles each batch with one store operation and one wait for confirms apiece, not
     * one per document (the writes took the lease already).
     */
    private int relayWritten() {
        Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
        for (Written next; (next = written.poll()) != null; ) {
            byCollection
                    .computeIfAbsent(next.collection(), collection -> new LinkedHashSet<>())
                    .add(next.id());
        }
        int relayed = 0;
        for (Map.Entry<String, Set<Object>> collection : byCollection.entrySet()) {
            List<Object> ids = List.copyOf(collection.getValue());
            for (int from = 0; from < ids.size(); from += batchSize) {
                List<Object> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
                // Documents an earlier pass took already are not in the claim.
                relayed += publish(claims.claimWritten(collection.getKey(), batch));
            }
        }
        return relayed;
    }

    private int sweep(String collection) {
        List<OutboxClaims.Pending> claimed = new ArrayList<>();
        for (OutboxClaims.Pending pending : claims.due(collection)) {
            if (claims.claim(pending)) {
                claimed.add(pending);
            }
        }
        return publish(claimed);
    }

    private int publish(List<OutboxClaims.Pending> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        List<OutboxEntry> entries = new ArrayList<>();
        claimed.forEach(pending -> entries.addAll(pending.entries()));
        Set<String> confirmed = Set.of();
        try {
            confirmed = publisher.publish(entries);
        } finally {
            claims.settle(claimed, confirmed);
        }
        int removed = 0;
        for (OutboxClaims.Pending pending : claimed) {
            removed += pending.confirmedInOrder(confirmed).size();
        }
        if (removed < entries.size()) {
            sweepDue = true;
        }
        return removed;
    }
}
