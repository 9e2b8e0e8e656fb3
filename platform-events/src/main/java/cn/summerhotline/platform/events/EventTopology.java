package cn.summerhotline.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;

/**
 * The exchanges, queues and bindings of the backbone, with the queue arguments each broker accepts. The embedded
 * Qpid broker answers RabbitMQ's {@code x-dead-letter-*} and {@code x-queue-type} arguments with a 542 that closes
 * the whole connection, so it gets its own: an alternate exchange and a maximum delivery count.
 */
public final class EventTopology {

    /**
     * On Qpid a rejection without requeue only counts a delivery and requeues the message until this count is
     * reached; the consumer has already made its attempts, so the first rejection must dead-letter it.
     */
    static final int QPID_DELIVERIES_BEFORE_DEAD_LETTER = 1;

    private final BrokerFlavour broker;
    private final String exchange;
    private final int redeliveryLimit;

    /**
     * @param redeliveryLimit on RabbitMQ, how often a quorum queue hands out a message that was never
     *     acknowledged (a consumer that crashes on it) before dead-lettering it
     */
    public EventTopology(BrokerFlavour broker, String exchange, int redeliveryLimit) {
        this.broker = broker;
        this.exchange = exchange;
        this.redeliveryLimit = redeliveryLimit;
    }

    public TopicExchange exchange() {
        return new TopicExchange(exchange, true, false);
    }

    /** The queue, its dead-letter exchange and queue, and its bindings to the events exchange. */
    public Declarables declarations(EventSubscription subscription) {
        List<Declarable> declarables = new ArrayList<>();
        FanoutExchange deadLetters = new FanoutExchange(subscription.deadLetterExchange(), true, false);
        Queue queue = new Queue(subscription.queue(), true, false, false, queueArguments(subscription));
        Queue deadLetterQueue = new Queue(subscription.deadLetterQueue(), true, false, false, deadLetterArguments());
        declarables.add(deadLetters);
        declarables.add(deadLetterQueue);
        declarables.add(BindingBuilder.bind(deadLetterQueue).to(deadLetters));
        declarables.add(queue);
        for (String pattern : subscription.bindings()) {
            declarables.add(new Binding(subscription.queue(), Binding.DestinationType.QUEUE, exchange, pattern, null));
        }
        return new Declarables(declarables);
    }

    private Map<String, Object> queueArguments(EventSubscription subscription) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (broker == BrokerFlavour.QPID) {
            arguments.put("alternateExchange", subscription.deadLetterExchange());
            arguments.put("x-qpid-maximum-delivery-count", QPID_DELIVERIES_BEFORE_DEAD_LETTER);
        } else {
            arguments.put("x-queue-type", "quorum");
            arguments.put("x-dead-letter-exchange", subscription.deadLetterExchange());
            arguments.put("x-delivery-limit", redeliveryLimit);
            // At-least-once dead-lettering keeps a rejected event in the queue until the dead-letter queue has it.
            arguments.put("x-dead-letter-strategy", "at-least-once");
            arguments.put("x-overflow", "reject-publish");
        }
        return arguments;
    }

    private Map<String, Object> deadLetterArguments() {
        return broker == BrokerFlavour.QPID ? Map.of() : Map.of("x-queue-type", "quorum");
    }
}
