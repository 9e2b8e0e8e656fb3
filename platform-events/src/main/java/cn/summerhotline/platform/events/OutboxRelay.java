package cn.summerhotline.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending events of every registered collection and removes each one only after the broker
 * confirmed it. Runs on one thread, every {@code summer.events.relay.interval} and right after a local write.
 * A crash between the confirm and the removal publishes the event again: consumers are idempotent.
 *
 * <p>A pass publishes first the documents this instance has just written, read by their {@code _id} alone
 * (the cheapest read on any store), and searches whole collections only every {@code sweep-interval}, at
 * start-up and after a failure: that sweep finds what a crashed or another instance left pending.
 */
public final class OutboxRelay implements SmartLifecycle {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int REMEMBERED_RETURNS = 10_000;

    private final EventOutbox outbox;
    private final MongoOperations mongo;
    private final RabbitTemplate rabbit;
    private final EventsProperties properties;
    private final String source;
    private final Clock clock;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private volatile boolean sweepDue = true;
    private volatile long lastSweep;
    private final Set<String> returned = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_RETURNS;
        }
    }));
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(
            EventOutbox outbox,
            MongoOperations mongo,
            RabbitTemplate rabbit,
            EventsProperties properties,
            String source,
            Clock clock) {
        this.outbox = outbox;
        this.mongo = mongo;
        this.rabbit = rabbit;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
        rabbit.setMandatory(true);
        // RabbitMQ reports an unroutable message as a return before the ack; Qpid nacks it and returns it
        // afterwards, so a later pass recognises the nacked event by this memory of returns.
        rabbit.setReturnsCallback(returnedMessage ->
                returned.add(returnedMessage.getMessage().getMessageProperties().getMessageId()));
        outbox.onWrite(this::written);
    }

    private record Written(String collection, Object id) {}

    private void written(String collection, Object id) {
        if (id == null) {
            sweepDue = true;
        } else {
            written.add(new Written(collection, id));
        }
        nudge();
    }

    /** Runs a relay pass soon, without waiting for the next interval; passes never overlap. */
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

    /**
     * One pass: the documents written since the last pass, then, when due, every registered collection.
     * Returns the number of events confirmed and removed.
     */
    public int relayOnce() {
        int relayed = 0;
        try {
            for (Written next; (next = written.poll()) != null; ) {
                relayed += relayWritten(next);
            }
            long now = System.nanoTime();
            if (sweepDue
                    || now - lastSweep >= properties.relay().sweepInterval().toNanos()) {
                sweepDue = false;
                lastSweep = now;
                for (String collection : outbox.collections()) {
                    relayed += relay(collection);
                }
            }
        } catch (RuntimeException e) {
            // What was not published stays pending in its document: the next pass sweeps for it.
            sweepDue = true;
            throw e;
        }
        return relayed;
    }

    private int relayWritten(Written document) {
        Query byId = Query.query(Criteria.where("_id").is(document.id()));
        byId.fields().include("_id", EventOutbox.FIELD);
        Document found = mongo.findOne(byId, Document.class, document.collection());
        if (found == null || !(found.get(EventOutbox.FIELD) instanceof List<?> pending) || pending.isEmpty()) {
            return 0; // an earlier pass of this instance took them already
        }
        // The lease is set by id alone: a sweeping replica then passes this document by. Should two instances
        // still publish it at once, consumers apply each event id once.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(document.id())),
                new Update()
                        .set(
                                EventOutbox.LEASE_FIELD,
                                Date.from(
                                        clock.instant().plus(properties.relay().lease()))),
                document.collection());
        return publish(document.collection(), found);
    }

    private void relaySafely() {
        try {
            relayOnce();
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

    private int relay(String collection) {
        Instant now = clock.instant();
        Query pendingQuery = new Query(new Criteria()
                        .andOperator(
                                Criteria.where(EventOutbox.FIELD + ".id").exists(true),
                                new Criteria()
                                        .orOperator(
                                                Criteria.where(EventOutbox.LEASE_FIELD)
                                                        .exists(false),
                                                Criteria.where(EventOutbox.LEASE_FIELD)
                                                        .lte(Date.from(now)))))
                .limit(properties.relay().batchSize());
        pendingQuery.fields().include("_id", EventOutbox.FIELD);
        int relayed = 0;
        for (Document document : mongo.find(pendingQuery, Document.class, collection)) {
            if (claim(collection, document.get("_id"), now)) {
                relayed += publish(collection, document);
            }
        }
        return relayed;
    }

    private boolean claim(String collection, Object id, Instant now) {
        Query unclaimed = new Query(new Criteria()
                .andOperator(
                        Criteria.where("_id").is(id),
                        new Criteria()
                                .orOperator(
                                        Criteria.where(EventOutbox.LEASE_FIELD).exists(false),
                                        Criteria.where(EventOutbox.LEASE_FIELD).lte(Date.from(now)))));
        Update lease = new Update()
                .set(
                        EventOutbox.LEASE_FIELD,
                        Date.from(now.plus(properties.relay().lease())));
        return mongo.updateFirst(unclaimed, lease, collection).getModifiedCount() == 1;
    }

    private int publish(String collection, Document document) {
        List<Document> pending = document.getList(EventOutbox.FIELD, Document.class);
        List<CorrelationData> sent = new ArrayList<>(pending.size());
        List<String> confirmed = new ArrayList<>(pending.size());
        try {
            // One channel for the whole batch: the broker keeps the order of one channel's messages only, and with
            // publisher confirms the connection factory gives each send a new channel while an earlier one still
            // awaits its confirms.
            rabbit.invoke(operations -> {
                for (Document event : pending) {
                    CorrelationData correlation = new CorrelationData(event.getString("id"));
                    operations.send(properties.exchange(), event.getString("routingKey"), message(event), correlation);
                    sent.add(correlation);
                }
                return null;
            });
            long deadline =
                    System.nanoTime() + properties.relay().confirmTimeout().toNanos();
            // Events of one aggregate leave in order: stop at the first one the broker did not take.
            for (int i = 0; i < sent.size() && confirmed(sent.get(i), pending.get(i), deadline); i++) {
                confirmed.add(pending.get(i).getString("id"));
            }
            if (confirmed.size() < pending.size()) {
                sweepDue = true;
            }
        } finally {
            Update update = new Update().unset(EventOutbox.LEASE_FIELD);
            if (!confirmed.isEmpty()) {
                update.pull(EventOutbox.FIELD, new Document("id", new Document("$in", confirmed)));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), update, collection);
        }
        return confirmed.size();
    }

    private boolean confirmed(CorrelationData correlation, Document event, long deadline) {
        CorrelationData.Confirm confirm;
        try {
            confirm = correlation.getFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("No confirm for event {} ({}); it stays pending", event.getString("id"), e.toString());
            return false;
        }
        String id = event.getString("id");
        if (confirm.ack() && correlation.getReturned() == null) {
            return true;
        }
        if (confirm.ack() || returned.remove(id)) {
            // The broker took it, but no queue is bound to its routing key: nobody subscribes to it yet.
            log.warn("Event {} ({}) was routed to no queue", id, event.getString("routingKey"));
            return true;
        }
        log.warn("Broker refused event {}: {}; it stays pending", id, confirm.reason());
        return false;
    }

    private Message message(Document event) {
        MessageProperties props = new MessageProperties();
        props.setContentType(CONTENT_TYPE);
        props.setContentEncoding(StandardCharsets.UTF_8.name());
        props.setMessageId(event.getString("id"));
        props.setType(event.getString("type"));
        props.setAppId(source);
        props.setTimestamp(event.getDate("time"));
        props.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        return new Message(event.getString("envelope").getBytes(StandardCharsets.UTF_8), props);
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relay().interval().toMillis();
        started.scheduleWithFixedDelay(this::relaySafely, interval, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(properties.relay().confirmTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
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
