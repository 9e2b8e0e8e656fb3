package cn.summerhotline.review;

import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link EventTap} that keeps what it received: a test waits for one event and then asks what else of a kind
 * arrived before it, as a subscriber would have heard it.
 */
public final class EventQueue implements AutoCloseable {

    /** Far beyond the relay's wake-up after a write: only an event that never left takes this long. */
    private static final long ARRIVAL_MILLIS = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventTap tap;
    private final List<Message> received = new ArrayList<>();

    private EventQueue(ConnectionFactory connections, String bindingKey) {
        tap = EventTap.bind(connections, "review-test-events", bindingKey);
    }

    public static EventQueue bound(ConnectionFactory connections, String bindingKey) {
        return new EventQueue(connections, bindingKey);
    }

    /** The first message of this type about this item, once it arrived; its body checked against its schema. */
    public Message next(String subject, String type, String schema) {
        long deadline = System.currentTimeMillis() + ARRIVAL_MILLIS;
        int from = 0;
        while (true) {
            for (int i = from; i < received.size(); i++) {
                if (is(received.get(i), subject, type)) {
                    EventContracts.assertValid(schema, body(received.get(i)));
                    return received.get(i);
                }
            }
            from = received.size();
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + type + " about " + subject + " within " + ARRIVAL_MILLIS + " ms");
            }
            Message message = tap.receive(200);
            if (message != null) {
                received.add(message);
            }
        }
    }

    /** The data of every message of this type about this item received so far. */
    public List<JsonNode> received(String subject, String type) {
        return received.stream()
                .filter(m -> is(m, subject, type))
                .map(m -> JSON.readTree(body(m)).path("data"))
                .toList();
    }

    public static JsonNode data(Message message) {
        return JSON.readTree(body(message)).path("data");
    }

    public static String body(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    private static boolean is(Message message, String subject, String type) {
        JsonNode envelope = JSON.readTree(message.getBody());
        return envelope.path("subject").asString().equals(subject)
                && envelope.path("type").asString().equals(type);
    }

    @Override
    public void close() {
        tap.close();
    }
}
