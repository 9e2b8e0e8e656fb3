package cn.summerhotline.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;

/**
 * {@code summer_dead_letters{queue}}: the messages waiting in each {@code <queue>.dlq} of this service's
 * subscriptions, events its consumer gave up on. Anything above zero needs a person to look at it.
 */
final class DeadLetterMetrics implements MeterBinder {

    static final String NAME = "summer.dead.letters";
    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final List<String> queues;
    private final AmqpAdmin admin;
    private final Sampled<Map<String, Double>> depths;

    DeadLetterMetrics(List<EventSubscription> subscriptions, AmqpAdmin admin, LongSupplier nanoTime) {
        this.queues =
                subscriptions.stream().map(EventSubscription::deadLetterQueue).toList();
        this.admin = admin;
        this.depths = new Sampled<>(this::measure, MAX_AGE, nanoTime);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String queue : queues) {
            Gauge.builder(NAME, this, metrics -> metrics.depths.get().getOrDefault(queue, Double.NaN))
                    .description("Messages in the dead-letter queue, which its consumer gave up on")
                    .tag("queue", queue)
                    .strongReference(true)
                    .register(registry);
        }
    }

    private Map<String, Double> measure() {
        Map<String, Double> depths = new HashMap<>();
        for (String queue : queues) {
            try {
                // A passive declaration: it neither creates the queue nor changes it.
                QueueInformation information = admin.getQueueInfo(queue);
                depths.put(queue, information == null ? Double.NaN : information.getMessageCount());
            } catch (RuntimeException e) {
                // Broker unreachable: no figure rather than a wrong zero.
                log.debug("Cannot read the depth of {}", queue, e);
                depths.put(queue, Double.NaN);
            }
        }
        return depths;
    }
}
