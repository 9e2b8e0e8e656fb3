package cn.summerhotline.platform.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the CloudEvents envelope and calls the subscription's handler, retrying with back-off up to the
 * configured number of attempts. The message is acknowledged only after the handler returned; when the
 * attempts are used up, or the message is not an event at all, it is rejected without requeue and the
 * broker dead-letters it.
 */
final class EventMessageListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(EventMessageListener.class);

    private final EventSubscription subscription;
    private final JsonMapper mapper;
    private final EventsProperties.Consumer settings;

    EventMessageListener(EventSubscription subscription, JsonMapper mapper, EventsProperties.Consumer settings) {
        this.subscription = subscription;
        this.mapper = mapper;
        this.settings = settings;
    }

    @Override
    public void onMessage(Message message) {
        ReceivedEvent event = parse(message);
        Object data = data(event);
        Duration backoff = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                subscription.handler().handle(event, data);
                return;
            } catch (Exception e) {
                if (attempt >= settings.maxDeliveries()) {
                    throw new AmqpRejectAndDontRequeueException(
                            "event " + event.id() + " failed " + attempt + " times in " + subscription.queue()
                                    + "; dead-lettering it",
                            e);
                }
                log.warn(
                        "Attempt {} of {} at event {} ({}) in {} failed: {}",
                        attempt,
                        settings.maxDeliveries(),
                        event.id(),
                        event.type(),
                        subscription.queue(),
                        e.toString());
            }
            pause(backoff);
            backoff = min(backoff.multipliedBy(2), settings.maxRetryBackoff());
        }
    }

    private ReceivedEvent parse(Message message) {
        try {
            JsonNode envelope = mapper.readTree(message.getBody());
            if (!"1.0".equals(text(envelope, "specversion"))) {
                throw poison(message, "not a CloudEvents 1.0 envelope");
            }
            String time = text(envelope, "time");
            return new ReceivedEvent(
                    required(message, envelope, "id"),
                    required(message, envelope, "source"),
                    required(message, envelope, "type"),
                    text(envelope, "subject"),
                    time == null ? null : OffsetDateTime.parse(time),
                    message.getMessageProperties().getReceivedRoutingKey(),
                    Boolean.TRUE.equals(message.getMessageProperties().isRedelivered()),
                    envelope.get("data"));
        } catch (JacksonException | DateTimeParseException e) {
            throw poison(message, e.getMessage());
        }
    }

    private Object data(ReceivedEvent event) {
        if (event.data() == null || event.data().isNull()) {
            throw new AmqpRejectAndDontRequeueException("event " + event.id() + " carries no data");
        }
        try {
            return mapper.treeToValue(event.data(), subscription.dataType());
        } catch (JacksonException e) {
            // Retrying cannot make data fit the consumer's type: dead-letter it now for someone to look at.
            throw new AmqpRejectAndDontRequeueException(
                    "the data of event " + event.id() + " (" + event.type() + ") does not fit "
                            + subscription.dataType().getSimpleName() + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode value = envelope.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static String required(Message message, JsonNode envelope, String field) {
        String value = text(envelope, field);
        if (value == null || value.isEmpty()) {
            throw poison(message, "no '" + field + "' attribute");
        }
        return value;
    }

    private static AmqpRejectAndDontRequeueException poison(Message message, String reason) {
        return new AmqpRejectAndDontRequeueException(
                "not an event (message " + message.getMessageProperties().getMessageId() + "): " + reason);
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down: give the event back untouched for another consumer.
            throw new ImmediateRequeueAmqpException("interrupted between attempts", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
