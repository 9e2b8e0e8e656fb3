package cn.summerhotline.testsupport.contracts;

import cn.summerhotline.testsupport.Infrastructure;
import java.util.UUID;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * A test's own queue on the {@code summer.events} exchange, bound to a routing-key pattern: the events a service
 * emitted, as a consumer of them receives them. Plain and not auto-deleted: the embedded broker refuses RabbitMQ's
 * queue arguments and drops an auto-delete queue that has no consumer (a test polls); {@link #close} deletes it.
 *
 * <pre>{@code
 * try (EventTap tap = EventTap.bind(connectionFactory, "complaint-events-it", "complaint.#")) {
 *     Message message = tap.receive(500);
 * }
 * }</pre>
 */
public final class EventTap implements AutoCloseable {

    private final RabbitAdmin admin;
    private final RabbitTemplate rabbit;
    private final Queue queue;

    private EventTap(ConnectionFactory connectionFactory, String name) {
        this.admin = new RabbitAdmin(connectionFactory);
        this.rabbit = new RabbitTemplate(connectionFactory);
        this.queue = new Queue(name + "." + UUID.randomUUID(), false, false, false);
    }

    /** A new queue named {@code <name>.<random>}, bound to the events exchange with the pattern. */
    public static EventTap bind(ConnectionFactory connectionFactory, String name, String pattern) {
        EventTap tap = new EventTap(connectionFactory, name);
        tap.admin.declareQueue(tap.queue);
        tap.admin.declareBinding(BindingBuilder.bind(tap.queue)
                .to(new TopicExchange(Infrastructure.start().eventsExchange()))
                .with(pattern));
        return tap;
    }

    /** The next message, or null when none came within the time. */
    public Message receive(long timeoutMillis) {
        return rabbit.receive(queue.getName(), timeoutMillis);
    }

    @Override
    public void close() {
        admin.deleteQueue(queue.getName());
    }
}
