package cn.summerhotline.platform.events;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A consumer queue of this service, bound to routing-key patterns of the {@code summer.events} exchange, with
 * the handler of its events. Declare one as a bean; the backbone declares the queue, its {@code <queue>.dlq}
 * and the bindings, and runs the listener.
 *
 * <pre>{@code
 * @Bean
 * EventSubscription complaintAssignments(Assignments assignments) {
 *     return EventSubscription.queue("review-service.complaint-assigned")
 *             .bind("complaint.assigned.*")
 *             .handle(ComplaintAssigned.class, (event, data) -> assignments.record(event.id(), data));
 * }
 * }</pre>
 */
public record EventSubscription(
        String queue, List<String> bindings, int concurrency, Class<?> dataType, EventHandler<Object> handler) {

    public EventSubscription {
        if (queue == null || queue.isBlank() || queue.endsWith(".dlq")) {
            throw new IllegalArgumentException("a subscription needs a queue name not ending in .dlq: " + queue);
        }
        if (bindings == null || bindings.isEmpty()) {
            throw new IllegalArgumentException("queue " + queue + " is bound to no routing-key pattern");
        }
        bindings = List.copyOf(bindings);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(handler, "handler");
    }

    public static Builder queue(String name) {
        return new Builder(name);
    }

    /** The queue that receives this subscription's events once their attempts are used up. */
    public String deadLetterQueue() {
        return queue + ".dlq";
    }

    /** The fanout exchange between the queue and its dead-letter queue. */
    public String deadLetterExchange() {
        return queue + ".dlx";
    }

    public static final class Builder {
        private final String queue;
        private List<String> bindings = List.of();
        private int concurrency = 1;

        private Builder(String queue) {
            this.queue = queue;
        }

        /** Routing-key patterns, e.g. {@code complaint.*.xuhui} or {@code review.#}. */
        public Builder bind(String... patterns) {
            this.bindings = List.of(patterns);
            return this;
        }

        public Builder concurrency(int consumers) {
            this.concurrency = consumers;
            return this;
        }

        /** Maps each event's data onto {@code dataType}; data that does not fit is dead-lettered at once. */
        @SuppressWarnings("unchecked")
        public <T> EventSubscription handle(Class<T> dataType, EventHandler<? super T> handler) {
            return new EventSubscription(queue, bindings, concurrency, dataType, (EventHandler<Object>) handler);
        }

        /** Hands over each event's data as a JSON tree. */
        public EventSubscription handle(EventHandler<JsonNode> handler) {
            return handle(JsonNode.class, handler);
        }
    }
}
