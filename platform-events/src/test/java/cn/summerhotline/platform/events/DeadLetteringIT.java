package cn.summerhotline.platform.events;

import static cn.summerhotline.platform.events.EventsTestApplication.POISON_DISTRICT;
import static cn.summerhotline.platform.events.EventsTestApplication.POISON_QUEUE;
import static cn.summerhotline.platform.events.EventsTestApplication.PROBES;
import static cn.summerhotline.platform.events.EventsTestApplication.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.summerhotline.platform.events.EventsTestApplication.FailingConsumer;
import cn.summerhotline.platform.events.EventsTestApplication.ProbeSent;
import cn.summerhotline.testsupport.Infrastructure;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

class DeadLetteringIT extends BackboneIT {

    @Autowired
    EventOutbox outbox;

    @Autowired
    MongoOperations mongo;

    @Autowired
    FailingConsumer failing;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    EventTopology topology;

    @Value("${summer.events.consumer.max-deliveries}")
    int maxDeliveries;

    @Value("${summer.events.consumer.redelivery-limit}")
    int redeliveryLimit;

    @AfterEach
    void clean() {
        mongo.remove(new Query(), PROBES);
    }

    @Test
    void poisonEventEndsInTheDeadLetterQueueAfterTheBoundedAttempts() {
        int attemptsBefore = failing.attempts.get();
        String probeId = UUID.randomUUID().toString();

        outbox.insert(
                new Document("_id", probeId),
                PROBES,
                OutgoingEvent.of("probe", "sent", POISON_DISTRICT, probeId, new ProbeSent(probeId, 1, "毒消息")));

        Message dead = rabbit.receive(POISON_QUEUE + ".dlq", 30_000);
        assertThat(dead).as("dead-lettered to " + POISON_QUEUE + ".dlq").isNotNull();
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains(probeId);
        assertThat(failing.attempts.get() - attemptsBefore).isEqualTo(maxDeliveries);
        assertThat(rabbit.receive(POISON_QUEUE + ".dlq", 500))
                .as("dead-lettered once")
                .isNull();
    }

    @Test
    void messageThatIsNotAnEventIsDeadLetteredWithoutAnyAttempt() {
        int attemptsBefore = failing.attempts.get();
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setMessageId("not-an-event-" + UUID.randomUUID());

        rabbit.send(
                Infrastructure.start().eventsExchange(),
                "probe.sent." + POISON_DISTRICT,
                new Message("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8), properties));

        Message dead = rabbit.receive(POISON_QUEUE + ".dlq", 30_000);
        assertThat(dead).isNotNull();
        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(properties.getMessageId());
        assertThat(failing.attempts.get()).isEqualTo(attemptsBefore);
    }

    /**
     * A consumer that dies while holding an event (its connection drops before the ack) gets it again; a quorum
     * queue counts those returns and dead-letters the event at the limit, so a crash loop cannot last forever.
     */
    @Test
    void quorumQueueDeadLettersAnEventWhoseConsumerKeepsCrashingOnIt() throws Exception {
        assumeTrue(INFRA.realRabbitMq(), "quorum queues and delivery limits exist on RabbitMQ only");
        String district = "k" + RUN;
        EventSubscription crashing = EventSubscription.queue("platform-events-it." + RUN + ".crashing")
                .bind("probe.sent." + district)
                .handle((event, data) -> {});
        topology.declarations(crashing).getDeclarables().forEach(declarable -> declare(declarable));
        try {
            assertThat(isQuorumQueue(crashing.queue())).isTrue();
            String probeId = UUID.randomUUID().toString();
            outbox.insert(
                    new Document("_id", probeId),
                    PROBES,
                    OutgoingEvent.of("probe", "sent", district, probeId, new ProbeSent(probeId, 1, "崩溃循环")));

            int deliveries = 0;
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && deliveries <= redeliveryLimit + 1) {
                if (takeAndCrash(crashing.queue())) {
                    deliveries++;
                } else if (deliveries > 0) {
                    break;
                } else {
                    Thread.sleep(100);
                }
            }

            Message dead = rabbit.receive(crashing.deadLetterQueue(), 10_000);
            assertThat(dead).isNotNull();
            assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains(probeId);
            assertThat(deliveries).isEqualTo(redeliveryLimit + 1);
        } finally {
            admin.deleteQueue(crashing.queue());
            admin.deleteQueue(crashing.deadLetterQueue());
            admin.deleteExchange(crashing.deadLetterExchange());
        }
    }

    private void declare(org.springframework.amqp.core.Declarable declarable) {
        if (declarable instanceof org.springframework.amqp.core.Queue queue) {
            admin.declareQueue(queue);
        } else if (declarable instanceof org.springframework.amqp.core.Exchange exchange) {
            admin.declareExchange(exchange);
        } else if (declarable instanceof org.springframework.amqp.core.Binding binding) {
            admin.declareBinding(binding);
        }
    }

    /** Takes one message without acknowledging it and drops the connection, as a crashing consumer would. */
    private boolean takeAndCrash(String queue) throws Exception {
        try (Connection connection = brokerConnection()) {
            Channel channel = connection.createChannel();
            GetResponse response = channel.basicGet(queue, false);
            return response != null;
        }
    }

    private boolean isQuorumQueue(String queue) throws Exception {
        try (Connection connection = brokerConnection()) {
            Channel channel = connection.createChannel();
            channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic"));
            return false;
        } catch (IOException inequivalentQueueType) {
            return true;
        }
    }

    private static Connection brokerConnection() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(INFRA.rabbitHost());
        factory.setPort(INFRA.rabbitPort());
        factory.setUsername(INFRA.rabbitUser());
        factory.setPassword(INFRA.rabbitPassword());
        return factory.newConnection();
    }
}
