package cn.summerhotline.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
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
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private volatile boolean sweepDue = true;
    private volatile long lastSweep;

    OutboxRelay(EventOutbox outbox, OutboxClaims claims, ConfirmedPublisher publisher, Duration sweepInterval) {
        this.outbox = outbox;
        this.claims = claims;
        this.publisher = publisher;
        this.sweepInterval = sweepInterval;
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
            for (Written next; (next = written.poll()) != null; ) {
                relayed += claims.claimWritten(next.collection(), next.id())
                        .map(this::publish)
                        .orElse(0); // an earlier pass of this instance took them already
            }
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

    private int sweep(String collection) {
        int relayed = 0;
        for (OutboxClaims.Pending pending : claims.due(collection)) {
            if (claims.claim(pending)) {
                relayed += publish(pending);
            }
        }
        return relayed;
    }

    private int publish(OutboxClaims.Pending pending) {
        List<String> confirmed = List.of();
        try {
            confirmed = publisher.publish(pending.entries());
        } finally {
            claims.settle(pending, confirmed);
        }
        if (confirmed.size() < pending.entries().size()) {
            sweepDue = true;
        }
        return confirmed.size();
    }
}
