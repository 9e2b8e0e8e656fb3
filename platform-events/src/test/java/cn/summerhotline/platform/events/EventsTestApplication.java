package cn.summerhotline.platform.events;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A small service using the backbone as the real ones do: it emits probe events through the outbox and consumes
 * them idempotently, plus a consumer that always fails. Names carry a per-run suffix so that runs sharing one
 * RabbitMQ do not hear each other.
 */
@SpringBootApplication
class EventsTestApplication {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String DISTRICT = "t" + RUN;
    static final String POISON_DISTRICT = "p" + RUN;
    static final String PROBES = "probes-" + RUN;
    static final String TALLIES = "tallies-" + RUN;
    static final String RECEIPTS = "receipts-" + RUN;
    /** Listed in summer.events.outbox-collections, as a service lists the collections of its aggregates. */
    static final String LEFTOVERS = "leftovers-" + RUN;

    static final String PROBE_QUEUE = "platform-events-it." + RUN + ".probes";
    static final String POISON_QUEUE = "platform-events-it." + RUN + ".poison";

    /** The consumer's own copy of the event's data, as docs/ARCHITECTURE.md asks (no shared event classes). */
    record ProbeSent(String probeId, int sequence, String note) {}

    /** Counts a probe once per event on its tally document and keeps one receipt per event. */
    static final class ProbeConsumer {
        final List<ReceivedEvent> deliveries = new CopyOnWriteArrayList<>();
        private final AppliedEvents applied;

        ProbeConsumer(AppliedEvents applied) {
            this.applied = applied;
        }

        void handle(ReceivedEvent event, ProbeSent probe) {
            deliveries.add(event);
            applied.applyOnce(TALLIES, probe.probeId(), event.id(), new Update().inc("received", 1));
            applied.createOnce(RECEIPTS, event.id(), new Document("probeId", probe.probeId()));
        }
    }

    static final class FailingConsumer {
        final AtomicInteger attempts = new AtomicInteger();

        void handle(ReceivedEvent event, ProbeSent probe) {
            attempts.incrementAndGet();
            throw new IllegalStateException("probe " + probe.probeId() + " cannot be handled");
        }
    }

    @Bean
    ProbeConsumer probeConsumer(AppliedEvents applied) {
        return new ProbeConsumer(applied);
    }

    @Bean
    FailingConsumer failingConsumer() {
        return new FailingConsumer();
    }

    @Bean
    EventSubscription probes(ProbeConsumer consumer) {
        return EventSubscription.queue(PROBE_QUEUE)
                .bind("probe.*." + DISTRICT)
                .handle(ProbeSent.class, consumer::handle);
    }

    @Bean
    EventSubscription poison(FailingConsumer consumer) {
        return EventSubscription.queue(POISON_QUEUE)
                .bind("probe.sent." + POISON_DISTRICT)
                .handle(ProbeSent.class, consumer::handle);
    }

    /** Deletes this run's queues and exchanges from the (possibly shared) broker when the context closes. */
    @Bean
    DisposableBean deleteRunTopology(AmqpAdmin admin, List<EventSubscription> subscriptions) {
        return () -> {
            BackboneIT.PROXY.start();
            for (EventSubscription subscription : subscriptions) {
                admin.deleteQueue(subscription.queue());
                admin.deleteQueue(subscription.deadLetterQueue());
                admin.deleteExchange(subscription.deadLetterExchange());
            }
        };
    }
}
