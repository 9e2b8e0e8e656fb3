package cn.summerhotline.platform.events;

import static cn.summerhotline.platform.events.EventsTestApplication.POISON_QUEUE;
import static cn.summerhotline.platform.events.EventsTestApplication.PROBE_QUEUE;
import static cn.summerhotline.platform.events.EventsTestApplication.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

class EventMetricsIT extends BackboneIT {

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoOperations mongo;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    EventTopology topology;

    @Autowired
    EventOutbox contextOutbox;

    @Autowired
    EventsTestApplication.ProbeConsumer probes;

    /** The scrape clock of the gauges under test: moved by hand past the sampling age. */
    final AtomicLong nanos = new AtomicLong();

    @Test
    void shouldGaugeEveryOutboxCollectionAndDeadLetterQueueOfTheService() {
        assertThat(meters.find(OutboxMetrics.NAME)
                        .tag("collection", EventsTestApplication.LEFTOVERS)
                        .gauge())
                .isNotNull();
        assertThat(meters.find(DeadLetterMetrics.NAME)
                        .tag("queue", PROBE_QUEUE + ".dlq")
                        .gauge())
                .isNotNull();
        assertThat(meters.find(DeadLetterMetrics.NAME)
                        .tag("queue", POISON_QUEUE + ".dlq")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(0);
        // Boot's own broker metrics, for the connection the relay and consumers share.
        assertThat(meters.find("rabbitmq.connections").gauge()).isNotNull();
    }

    @Test
    void shouldTimeThePublicationAndTheHandlingOfEachEvent() {
        String probeId = "timed-" + RUN + "-" + System.nanoTime();
        int before = probes.deliveries.size();

        contextOutbox.insert(
                new Document("_id", probeId),
                EventsTestApplication.PROBES,
                OutgoingEvent.of(
                        "probe",
                        "sent",
                        EventsTestApplication.DISTRICT,
                        probeId,
                        new EventsTestApplication.ProbeSent(probeId, 1, "计时")));

        await().atMost(Duration.ofSeconds(30)).until(() -> probes.deliveries.size() > before);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.find("spring.rabbit.template").timers())
                    .anySatisfy(timer -> assertThat(timer.count()).isPositive());
            assertThat(meters.find("spring.rabbit.listener").timers())
                    .anySatisfy(timer -> assertThat(timer.count()).isPositive());
        });
        mongo.remove(Query.query(Criteria.where("_id").is(probeId)), EventsTestApplication.PROBES);
    }

    @Test
    void shouldCountPendingOutboxEventsAndRemeasureOnlyAfterFifteenSeconds() {
        String collection = "metrics-outbox-" + RUN;
        // An outbox of its own, unknown to the running relay, so that its events stay pending.
        EventOutbox outbox = new EventOutbox(
                mongo,
                new JsonMapper(),
                "metrics-it",
                List.of(collection),
                Clock.systemUTC(),
                Duration.ofSeconds(30),
                new OutboxWrites());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new OutboxMetrics(outbox, mongo, nanos::get).bindTo(registry);
        try {
            mongo.insert(outbox.append(new Document("_id", "a"), event(), event()), collection);
            mongo.insert(outbox.append(new Document("_id", "b"), event()), collection);
            mongo.insert(new Document("_id", "c"), collection);

            assertThat(pending(registry, collection)).isEqualTo(3.0);

            mongo.remove(Query.query(Criteria.where("_id").is("a")), collection);
            nanos.addAndGet(OutboxMetrics.MAX_AGE.toNanos() - 1);
            assertThat(pending(registry, collection))
                    .as("sampled, not re-counted")
                    .isEqualTo(3.0);
            nanos.addAndGet(1);
            assertThat(pending(registry, collection)).isEqualTo(1.0);
        } finally {
            mongo.dropCollection(collection);
        }
    }

    @Test
    void shouldShowTheDepthOfEachDeadLetterQueue() {
        EventSubscription subscription = EventSubscription.queue("platform-events-it." + RUN + ".metrics")
                .bind("metrics.sent." + RUN)
                .handle((event, data) -> {});
        List<Declarable> declarations =
                topology.declarations(subscription).getDeclarables().stream().toList();
        declarations.forEach(this::declare);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new DeadLetterMetrics(List.of(subscription), admin, nanos::get).bindTo(registry);
        try {
            assertThat(deadLetters(registry, subscription)).isEqualTo(0.0);

            for (int i = 0; i < 2; i++) {
                rabbit.send("", subscription.deadLetterQueue(), message());
            }
            assertThat(deadLetters(registry, subscription))
                    .as("sampled, not asked again")
                    .isEqualTo(0.0);

            // The broker counts the sends a moment after they leave: each scrape past the age asks again.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                nanos.addAndGet(DeadLetterMetrics.MAX_AGE.toNanos());
                assertThat(deadLetters(registry, subscription)).isEqualTo(2.0);
            });
        } finally {
            admin.deleteQueue(subscription.queue());
            admin.deleteQueue(subscription.deadLetterQueue());
            admin.deleteExchange(subscription.deadLetterExchange());
        }
    }

    private static double pending(MeterRegistry registry, String collection) {
        return registry.get(OutboxMetrics.NAME)
                .tag("collection", collection)
                .gauge()
                .value();
    }

    private static double deadLetters(MeterRegistry registry, EventSubscription subscription) {
        return registry.get(DeadLetterMetrics.NAME)
                .tag("queue", subscription.deadLetterQueue())
                .gauge()
                .value();
    }

    private static OutgoingEvent event() {
        return OutgoingEvent.of("metrics", "sent", "city", "m-1", new Document("n", 1));
    }

    private static Message message() {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        return new Message("{}".getBytes(StandardCharsets.UTF_8), properties);
    }

    private void declare(Declarable declarable) {
        if (declarable instanceof Exchange exchange) {
            admin.declareExchange(exchange);
        } else if (declarable instanceof Queue queue) {
            admin.declareQueue(queue);
        } else if (declarable instanceof org.springframework.amqp.core.Binding binding) {
            admin.declareBinding(binding);
        }
    }
}
