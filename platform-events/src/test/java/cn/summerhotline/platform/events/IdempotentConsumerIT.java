package cn.summerhotline.platform.events;

import static cn.summerhotline.platform.events.EventsTestApplication.DISTRICT;
import static cn.summerhotline.platform.events.EventsTestApplication.RECEIPTS;
import static cn.summerhotline.platform.events.EventsTestApplication.TALLIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.platform.events.EventsTestApplication.ProbeConsumer;
import cn.summerhotline.platform.events.EventsTestApplication.ProbeSent;
import cn.summerhotline.testsupport.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class IdempotentConsumerIT extends BackboneIT {

    @Autowired
    EventOutbox outbox;

    @Autowired
    AppliedEvents applied;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ProbeConsumer consumer;

    @Autowired
    RabbitTemplate rabbit;

    @AfterEach
    void clean() {
        for (String collection : List.of(TALLIES, RECEIPTS)) {
            mongo.remove(new Query(), collection);
        }
    }

    @Test
    void redeliveredEventChangesNothingTwice() {
        String probeId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", probeId).append("received", 0), TALLIES);
        Document pending = outbox.append(
                        new Document(),
                        OutgoingEvent.of("probe", "sent", DISTRICT, probeId, new ProbeSent(probeId, 1, "重复投递")))
                .getList(EventOutbox.FIELD, Document.class)
                .get(0);

        publish(pending);
        publish(pending);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> consumer.deliveries.stream()
                                .filter(event -> event.id().equals(pending.getString("id")))
                                .count()
                        == 2);
        assertThat(mongo.findById(probeId, Document.class, TALLIES).getInteger("received"))
                .isEqualTo(1);
        assertThat(mongo.count(
                        Query.query(org.springframework.data.mongodb.core.query.Criteria.where("probeId")
                                .is(probeId)),
                        RECEIPTS))
                .isEqualTo(1);
    }

    @Test
    void applyOnceAppliesAnEventToADocumentOnlyOnce() {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("received", 0), TALLIES);

        boolean first = applied.applyOnce(TALLIES, id, "event-1", new Update().inc("received", 1));
        boolean again = applied.applyOnce(TALLIES, id, "event-1", new Update().inc("received", 1));
        boolean other = applied.applyOnce(TALLIES, id, "event-2", new Update().inc("received", 1));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(other).isTrue();
        assertThat(mongo.findById(id, Document.class, TALLIES).getInteger("received"))
                .isEqualTo(2);
        assertThat(applied.wasApplied(TALLIES, id, "event-1")).isTrue();
        assertThat(applied.wasApplied(TALLIES, id, "event-3")).isFalse();
    }

    @Test
    void createOnceCreatesOneDocumentPerEvent() {
        String eventId = UUID.randomUUID().toString();

        boolean first = applied.createOnce(RECEIPTS, eventId, new Document("probeId", "a"));
        boolean again = applied.createOnce(RECEIPTS, eventId, new Document("probeId", "a"));
        boolean other = applied.createOnce(RECEIPTS, UUID.randomUUID().toString(), new Document("probeId", "a"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(other).isTrue();
        assertThat(mongo.count(
                        Query.query(org.springframework.data.mongodb.core.query.Criteria.where("probeId")
                                .is("a")),
                        RECEIPTS))
                .isEqualTo(2);
    }

    private void publish(Document pending) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(OutboxRelay.CONTENT_TYPE);
        properties.setMessageId(pending.getString("id"));
        rabbit.send(
                Infrastructure.start().eventsExchange(),
                pending.getString("routingKey"),
                new Message(pending.getString("envelope").getBytes(StandardCharsets.UTF_8), properties));
    }
}
