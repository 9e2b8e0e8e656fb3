package cn.summerhotline.platform.events;

import static cn.summerhotline.platform.events.EventsTestApplication.DISTRICT;
import static cn.summerhotline.platform.events.EventsTestApplication.LEFTOVERS;
import static cn.summerhotline.platform.events.EventsTestApplication.PROBES;
import static cn.summerhotline.platform.events.EventsTestApplication.RECEIPTS;
import static cn.summerhotline.platform.events.EventsTestApplication.RUN;
import static cn.summerhotline.platform.events.EventsTestApplication.TALLIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.platform.events.EventsTestApplication.ProbeConsumer;
import cn.summerhotline.platform.events.EventsTestApplication.ProbeSent;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.contracts.EventContracts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

class OutboxRelayIT extends BackboneIT {

    @Autowired
    EventOutbox outbox;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ProbeConsumer consumer;

    @Autowired
    HealthEndpoint health;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @AfterEach
    void bringBrokerBackAndClean() {
        PROXY.start();
        for (String collection : List.of(PROBES, TALLIES, RECEIPTS, LEFTOVERS)) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
        }
    }

    /** The broker is taken away by cutting the TCP proxy between the service and the broker. */
    @Test
    void eventWrittenWhileTheBrokerIsUnreachableReachesItsConsumerOnceAfterTheBrokerIsBack_viaTcpProxyCut()
            throws InterruptedException {
        String probeId = newProbe();
        PROXY.stop();
        await().atMost(Duration.ofSeconds(20)).until(() -> readiness() == Status.DOWN);

        outbox.updateFirst(
                query(where("_id").is(probeId)),
                new Update().set("status", "sent"),
                PROBES,
                OutgoingEvent.of("probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, 1, "断线期间写入")));

        Document written = mongo.findById(probeId, Document.class, PROBES);
        assertThat(written.getString("status")).isEqualTo("sent");
        assertThat(pending(probeId)).hasSize(1);
        Thread.sleep(1_500); // several relay passes while the broker is away
        assertThat(pending(probeId))
                .as("the event stays pending while the broker is away")
                .hasSize(1);
        assertThat(deliveriesOf(probeId)).isEmpty();

        PROXY.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> received(probeId) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(probeId).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> readiness() == Status.UP);
        Thread.sleep(1_000); // room for any duplicate publication to arrive
        assertThat(received(probeId)).as("applied exactly once").isEqualTo(1);
        assertThat(mongo.count(query(where("probeId").is(probeId)), RECEIPTS)).isEqualTo(1);
    }

    @Test
    void relayedEventSatisfiesTheEnvelopeContractAndCarriesItsAttributes() {
        String district = "c" + RUN;
        Queue tap = admin.declareQueue();
        admin.declareBinding(new Binding(
                tap.getName(),
                Binding.DestinationType.QUEUE,
                Infrastructure.start().eventsExchange(),
                "probe.sent." + district,
                null));
        try {
            String probeId = newProbe();
            outbox.updateFirst(
                    query(where("_id").is(probeId)),
                    new Update().set("status", "sent"),
                    PROBES,
                    OutgoingEvent.of("probe", "sent", district, probeId, new ProbeSent(probeId, 7, "契约检查")));

            Message message = rabbit.receive(tap.getName(), 20_000);

            assertThat(message).isNotNull();
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid(EventContracts.ENVELOPE, body);
            EventContracts.assertValid("probe-sent.v1.schema.json", body);
            assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/cloudevents+json");
            assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("probe.sent." + district);
            assertThat(body)
                    .contains("\"type\":\"summerhotline.probe.sent.v1\"")
                    .contains("\"source\":\"platform-events-it\"")
                    .contains("\"subject\":\"" + probeId + "\"")
                    .contains("\"id\":\"" + message.getMessageProperties().getMessageId() + "\"")
                    .contains("契约检查");
        } finally {
            admin.deleteQueue(tap.getName());
        }
    }

    @Test
    void eventsOfOneWriteLeaveTogetherAndADistrictQueueHearsOnlyItsOwnDistrict() {
        String probeId = newProbe();
        String otherDistrict = "x" + RUN;

        outbox.updateFirst(
                query(where("_id").is(probeId)),
                new Update().set("status", "sent"),
                PROBES,
                OutgoingEvent.of("probe", "sent", otherDistrict, probeId, new ProbeSent(probeId, 1, null)),
                OutgoingEvent.of("probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, 2, null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> received(probeId) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(probeId).isEmpty());
        assertThat(deliveriesOf(probeId)).extracting(ReceivedEvent::routingKey).containsOnly("probe.sent." + DISTRICT);
    }

    @Test
    void newAggregateInsertedWithItsEventReachesTheConsumer() {
        String probeId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", probeId).append("received", 0), TALLIES);

        outbox.insert(
                new Document("_id", probeId).append("status", "sent"),
                PROBES,
                OutgoingEvent.of("probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, 1, "新建")));

        await().atMost(Duration.ofSeconds(20)).until(() -> received(probeId) == 1);
        assertThat(deliveriesOf(probeId)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("summerhotline.probe.sent.v1");
            assertThat(event.subject()).isEqualTo(probeId);
            assertThat(event.data().get("note").asString()).isEqualTo("新建");
        });
    }

    /** As after a restart: events some earlier process wrote, in a collection this process has not written to. */
    @Test
    void eventsLeftPendingInAConfiguredCollectionAreRelayedWithoutAnyNewWrite() {
        String probeId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", probeId).append("received", 0), TALLIES);
        Document leftover = outbox.append(
                new Document("_id", probeId),
                OutgoingEvent.of("probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, 1, "重启前写入")));

        mongo.insert(leftover, LEFTOVERS);

        await().atMost(Duration.ofSeconds(20)).until(() -> received(probeId) == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mongo.findById(probeId, Document.class, LEFTOVERS).containsKey(EventOutbox.LEASE_FIELD)
                        && mongo.findById(probeId, Document.class, LEFTOVERS)
                                .getList(EventOutbox.FIELD, Document.class)
                                .isEmpty());
    }

    /** A rush of writes from several threads, as a registration crowd makes: the relay's passes take many each. */
    @Test
    void aRushOfWritesFromManyThreadsIsRelayedEachEventOnceAndInOrderPerAggregate() throws InterruptedException {
        List<String> probes = IntStream.range(0, 120).mapToObj(i -> newProbe()).toList();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (String probeId : probes) {
            writers.execute(() -> {
                for (int sequence = 1; sequence <= 2; sequence++) {
                    outbox.updateFirst(
                            query(where("_id").is(probeId)),
                            new Update().set("status", "sent-" + sequence),
                            PROBES,
                            OutgoingEvent.of(
                                    "probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, sequence, null)));
                }
            });
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(60)).until(() -> probes.stream().allMatch(p -> received(p) == 2));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> probes.stream().allMatch(p -> pending(p).isEmpty() && !leased(p)));
        Thread.sleep(1_000); // room for any duplicate publication to arrive
        for (String probeId : probes) {
            assertThat(deliveriesOf(probeId))
                    .as("the events of probe %s, once each and in the order written", probeId)
                    .extracting(event -> event.data().get("sequence").asInt())
                    .containsExactly(1, 2);
        }
    }

    private String newProbe() {
        String probeId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", probeId).append("status", "new"), PROBES);
        mongo.insert(new Document("_id", probeId).append("received", 0), TALLIES);
        return probeId;
    }

    private List<Document> pending(String probeId) {
        Document probe = mongo.findById(probeId, Document.class, PROBES);
        List<Document> outboxEvents = probe.getList(EventOutbox.FIELD, Document.class);
        return outboxEvents == null ? List.of() : outboxEvents;
    }

    private boolean leased(String probeId) {
        return mongo.findById(probeId, Document.class, PROBES).containsKey(EventOutbox.LEASE_FIELD);
    }

    private int received(String probeId) {
        return mongo.findById(probeId, Document.class, TALLIES).getInteger("received");
    }

    private List<ReceivedEvent> deliveriesOf(String probeId) {
        return consumer.deliveries.stream()
                .filter(event -> probeId.equals(event.subject()))
                .toList();
    }

    private Status readiness() {
        return health.healthForPath("readiness").getStatus();
    }
}
