package cn.summerhotline.platform.events;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event backbone, under {@code summer.events}.
 *
 * @param broker which broker the queues are declared for ({@code rabbitmq} or {@code qpid})
 * @param source the CloudEvents {@code source} of the events this service emits; defaults to
 *     {@code spring.application.name}
 * @param exchange the topic exchange all events go through
 * @param outboxCollections collections whose documents carry an outbox, relayed from start-up (writes through
 *     {@link EventOutbox} register their collection as well)
 * @param relay the outbox relay
 * @param consumer the consumers declared with {@link EventSubscription}
 */
@ConfigurationProperties("summer.events")
public record EventsProperties(
        @DefaultValue("rabbitmq") BrokerFlavour broker,
        String source,
        @DefaultValue(EventsProperties.EXCHANGE) String exchange,
        @DefaultValue List<String> outboxCollections,
        @DefaultValue Relay relay,
        @DefaultValue Consumer consumer) {

    public static final String EXCHANGE = "summer.events";

    /**
     * @param interval how often the relay looks for pending events (it is also nudged after each local write)
     * @param batchSize how many documents the relay reads, publishes and settles together (a sweep: how many it
     *     takes per collection and pass)
     * @param confirmTimeout how long to wait for the broker's publisher confirm before trying again later
     * @param lease how long a relay instance holds a document while publishing its events, so that replicas do
     *     not publish the same events at the same moment: taken by the write that adds the events (for the writing
     *     instance's relay) or by a sweep; a crashed instance's lease simply expires
     * @param sweepInterval how often the relay searches whole collections for pending events (at start-up, after
     *     a failed publication, and then at this interval); in between it publishes the documents this instance
     *     has just written, found by their id
     */
    public record Relay(
            @DefaultValue("1s") Duration interval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("5s") Duration confirmTimeout,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("30s") Duration sweepInterval) {}

    /**
     * @param maxDeliveries attempts at handling one event before it is dead-lettered to {@code <queue>.dlq}
     * @param retryBackoff the pause before the second attempt; it doubles with each further attempt
     * @param maxRetryBackoff the longest pause between attempts
     * @param recoveryInterval how often a consumer tries to reconnect after losing the broker
     * @param prefetch unacknowledged events a consumer holds at once
     * @param redeliveryLimit on RabbitMQ, how often a quorum queue redelivers an event that was never
     *     acknowledged (its consumer crashed on it) before dead-lettering it; fixed when the queue is created
     */
    public record Consumer(
            @DefaultValue("5") int maxDeliveries,
            @DefaultValue("1s") Duration retryBackoff,
            @DefaultValue("10s") Duration maxRetryBackoff,
            @DefaultValue("2s") Duration recoveryInterval,
            @DefaultValue("10") int prefetch,
            @DefaultValue("10") int redeliveryLimit) {}
}
