package cn.summerhotline.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes outbox entries to the exchange with publisher confirms and mandatory routing, and says how many of
 * them, in order, the broker took. Remembers the messages the broker returned as unroutable.
 */
final class ConfirmedPublisher {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedPublisher.class);
    private static final int REMEMBERED_RETURNS = 10_000;

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final String source;
    private final Duration confirmTimeout;
    private final Set<String> unrouted = ConcurrentHashMap.newKeySet();
    private final Set<String> returned = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_RETURNS;
        }
    }));

    /** Takes the template over: it publishes mandatory messages and reports returns to this publisher. */
    ConfirmedPublisher(RabbitTemplate rabbit, String exchange, String source, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.source = source;
        this.confirmTimeout = confirmTimeout;
        rabbit.setMandatory(true);
        // RabbitMQ reports an unroutable message as a return before the ack; Qpid nacks it and returns it
        // afterwards, so a later pass recognises the nacked event by this memory of returns.
        rabbit.setReturnsCallback(returnedMessage ->
                returned.add(returnedMessage.getMessage().getMessageProperties().getMessageId()));
    }

    /**
     * Sends the entries in order on one channel and waits for their confirms, until the confirm timeout; returns
     * the ids of those the broker took. Which of them may leave the outbox is the relay's to say
     * ({@link OutboxClaims.Pending#confirmedInOrder}).
     */
    Set<String> publish(List<OutboxEntry> entries) {
        List<CorrelationData> sent = new ArrayList<>(entries.size());
        // One channel for the whole batch: the broker keeps the order of one channel's messages only, and with
        // publisher confirms the connection factory gives each send a new channel while an earlier one still
        // awaits its confirms.
        rabbit.invoke(operations -> {
            for (OutboxEntry entry : entries) {
                CorrelationData correlation = new CorrelationData(entry.id());
                operations.send(exchange, entry.routingKey(), message(entry), correlation);
                sent.add(correlation);
            }
            return null;
        });
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        Set<String> confirmed = new HashSet<>(entries.size() * 2);
        for (int i = 0; i < sent.size(); i++) {
            if (confirmed(sent.get(i), entries.get(i), deadline)) {
                confirmed.add(entries.get(i).id());
            }
        }
        return confirmed;
    }

    private boolean confirmed(CorrelationData correlation, OutboxEntry entry, long deadline) {
        CorrelationData.Confirm confirm;
        try {
            confirm = correlation.getFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("No confirm for event {} ({}); it stays pending", entry.id(), e.toString());
            return false;
        }
        if (confirm.ack() && correlation.getReturned() == null) {
            return true;
        }
        if (confirm.ack() || returned.remove(entry.id())) {
            // The broker took it, but no queue is bound to its routing key: nobody subscribes to it yet. Said once
            // per routing key: in a registration rush every waitlisted event would otherwise log a warning.
            if (unrouted.add(entry.routingKey())) {
                log.warn(
                        "Event {} ({}) was routed to no queue; later events with this routing key are logged at debug",
                        entry.id(),
                        entry.routingKey());
            } else {
                log.debug("Event {} ({}) was routed to no queue", entry.id(), entry.routingKey());
            }
            return true;
        }
        log.warn("Broker refused event {}: {}; it stays pending", entry.id(), confirm.reason());
        return false;
    }

    private Message message(OutboxEntry entry) {
        MessageProperties props = new MessageProperties();
        props.setContentType(OutboxRelay.CONTENT_TYPE);
        props.setContentEncoding(StandardCharsets.UTF_8.name());
        props.setMessageId(entry.id());
        props.setType(entry.type());
        props.setAppId(source);
        props.setTimestamp(entry.time() == null ? null : Date.from(entry.time()));
        props.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        return new Message(entry.envelope().getBytes(StandardCharsets.UTF_8), props);
    }
}
