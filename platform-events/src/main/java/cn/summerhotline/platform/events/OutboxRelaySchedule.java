package cn.summerhotline.platform.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay's passes on one thread, every {@code summer.events.relay.interval} and right after a local
 * write (it listens to {@link OutboxWrites}); passes never overlap.
 *
 * <p>Every replica runs it, with no lock across replicas, on purpose: each document is leased before its events
 * are published (by the replica's own write, {@link EventOutbox}, or by a sweep, {@link OutboxClaims}), so replicas
 * share the pending documents rather than publish them
 * twice, and a replica that stops leaves its leases to expire for the others. A lock would leave one replica
 * publishing every event of all the others' writes, and a write's own replica could no longer publish it at once.
 */
public final class OutboxRelaySchedule implements SmartLifecycle, OutboxWrites.Listener {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelaySchedule.class);

    private final OutboxRelay relay;
    private final Duration interval;
    private final Duration confirmTimeout;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxRelaySchedule(OutboxRelay relay, EventsProperties.Relay settings) {
        this.relay = relay;
        this.interval = settings.interval();
        this.confirmTimeout = settings.confirmTimeout();
    }

    @Override
    public void written(String collection, Object id) {
        relay.written(collection, id);
        nudge();
    }

    /** Runs a relay pass soon, without waiting for the next interval. */
    public void nudge() {
        ScheduledExecutorService current = executor;
        if (current != null && nudged.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudged.set(false);
                    relaySafely();
                });
            } catch (RuntimeException rejectedWhileStopping) {
                nudged.set(false);
            }
        }
    }

    private void relaySafely() {
        try {
            relay.relayOnce();
            if (brokerDown.compareAndSet(true, false)) {
                log.info("Broker reachable again; the outbox relay resumed");
            }
        } catch (AmqpException e) {
            // Once per outage: the relay retries every interval and would otherwise flood the log.
            if (brokerDown.compareAndSet(false, true)) {
                log.warn("Broker unavailable, pending events stay in the outbox until it is back: {}", e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Outbox relay pass failed; it will run again", e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        started.scheduleWithFixedDelay(this::relaySafely, millis, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping != null) {
            stopping.shutdown();
            try {
                // Room for the pass under way to wait for its confirms and settle its documents.
                stopping.awaitTermination(confirmTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
