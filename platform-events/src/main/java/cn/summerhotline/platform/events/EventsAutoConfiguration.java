package cn.summerhotline.platform.events;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event backbone of a service: the {@code summer.events} exchange, the outbox and its relay, and the queues
 * and listeners of the service's {@link EventSubscription} beans.
 */
@AutoConfiguration(
        after = {RabbitAutoConfiguration.class, DataMongoAutoConfiguration.class, JacksonAutoConfiguration.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventTopology eventTopology(EventsProperties properties) {
        return new EventTopology(
                properties.broker(),
                properties.exchange(),
                properties.consumer().redeliveryLimit());
    }

    /** Declared again by the admin on every new connection, so a restarted in-memory broker gets them back. */
    @Bean
    Declarables summerEventsDeclarations(EventTopology topology, ObjectProvider<EventSubscription> subscriptions) {
        List<org.springframework.amqp.core.Declarable> all = new ArrayList<>();
        all.add(topology.exchange());
        subscriptions
                .orderedStream()
                .forEach(s -> all.addAll(topology.declarations(s).getDeclarables()));
        return new Declarables(all);
    }

    /** The outbox tells it of each write; the relay's schedule listens, to publish at once. */
    @Bean
    @ConditionalOnMissingBean
    OutboxWrites outboxWrites() {
        return new OutboxWrites();
    }

    @Bean
    @ConditionalOnMissingBean
    EventOutbox eventOutbox(
            MongoOperations mongo,
            ObjectProvider<JsonMapper> mapper,
            EventsProperties properties,
            Environment env,
            OutboxWrites writes) {
        return new EventOutbox(
                mongo,
                mapper(mapper),
                source(properties, env),
                properties.outboxCollections(),
                Clock.systemUTC(),
                properties.relay().lease(),
                writes);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(
            EventOutbox outbox,
            MongoOperations mongo,
            ConnectionFactory connectionFactory,
            EventsProperties properties,
            Environment env,
            ApplicationContext context) {
        requireConfirmsAndReturns(connectionFactory);
        // A template of its own: the relay needs mandatory publishing and its own returns callback.
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        // Timed as spring.rabbit.template (spring_rabbit_template_seconds) when an observation registry is there.
        template.setApplicationContext(context);
        template.setObservationEnabled(true);
        EventsProperties.Relay relay = properties.relay();
        return new OutboxRelay(
                outbox,
                new OutboxClaims(mongo, relay, Clock.systemUTC()),
                new ConfirmedPublisher(
                        template, properties.exchange(), source(properties, env), relay.confirmTimeout()),
                relay.sweepInterval(),
                relay.batchSize());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelaySchedule outboxRelaySchedule(OutboxRelay relay, OutboxWrites writes, EventsProperties properties) {
        OutboxRelaySchedule schedule = new OutboxRelaySchedule(relay, properties.relay());
        writes.subscribe(schedule);
        return schedule;
    }

    @Bean
    SubscriptionContainers eventSubscriptionContainers(
            ObjectProvider<EventSubscription> subscriptions,
            ConnectionFactory connectionFactory,
            AmqpAdmin admin,
            ObjectProvider<JsonMapper> mapper,
            EventsProperties properties,
            ApplicationContext context) {
        return new SubscriptionContainers(
                subscriptions.orderedStream().toList(),
                connectionFactory,
                admin,
                mapper(mapper),
                properties.consumer(),
                context);
    }

    @Bean
    @ConditionalOnMissingBean
    AppliedEvents appliedEvents(MongoOperations mongo) {
        return new AppliedEvents(mongo);
    }

    /** Queue and outbox gauges beside Boot's broker metrics; sampled, so a scrape costs the store nothing. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class EventMetrics {

        @Bean
        OutboxMetrics outboxMetrics(EventOutbox outbox, MongoOperations mongo) {
            return new OutboxMetrics(outbox, mongo, System::nanoTime);
        }

        @Bean
        DeadLetterMetrics deadLetterMetrics(ObjectProvider<EventSubscription> subscriptions, AmqpAdmin admin) {
            return new DeadLetterMetrics(subscriptions.orderedStream().toList(), admin, System::nanoTime);
        }
    }

    private static JsonMapper mapper(ObjectProvider<JsonMapper> mapper) {
        return mapper.getIfAvailable(JsonMapper::new);
    }

    private static String source(EventsProperties properties, Environment env) {
        if (properties.source() != null && !properties.source().isBlank()) {
            return properties.source();
        }
        String application = env.getProperty("spring.application.name");
        if (application == null || application.isBlank()) {
            throw new IllegalStateException(
                    "Set spring.application.name or summer.events.source: events need a CloudEvents source");
        }
        return application;
    }

    private static void requireConfirmsAndReturns(ConnectionFactory connectionFactory) {
        if (connectionFactory instanceof CachingConnectionFactory caching
                && !(caching.isPublisherConfirms() && caching.isPublisherReturns())) {
            // Without confirms the relay would remove events the broker may never have taken.
            throw new IllegalStateException("The outbox relay needs spring.rabbitmq.publisher-confirm-type=correlated"
                    + " and spring.rabbitmq.publisher-returns=true");
        }
    }
}
