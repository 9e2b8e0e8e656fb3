package cn.summerhotline.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;

class EventTopologyTest {

    private final EventSubscription subscription = EventSubscription.queue("review-service.complaints")
            .bind("complaint.assigned.*", "complaint.closed.*")
            .handle((event, data) -> {});

    @Test
    void onRabbitMqTheQueueIsAQuorumQueueDeadLetteringToItsDlq() {
        List<Declarable> declarables = new EventTopology(BrokerFlavour.RABBITMQ, "summer.events", 7)
                .declarations(subscription).getDeclarables().stream().toList();

        Queue queue = queue(declarables, "review-service.complaints");
        assertThat(queue.isDurable()).isTrue();
        assertThat(queue.getArguments())
                .containsEntry("x-queue-type", "quorum")
                .containsEntry("x-dead-letter-exchange", "review-service.complaints.dlx")
                .containsEntry("x-delivery-limit", 7);
        assertThat(queue(declarables, "review-service.complaints.dlq").getArguments())
                .containsEntry("x-queue-type", "quorum");
        assertThat(declarables)
                .filteredOn(FanoutExchange.class::isInstance)
                .extracting(d -> ((FanoutExchange) d).getName())
                .containsExactly("review-service.complaints.dlx");
        assertThat(declarables)
                .filteredOn(Binding.class::isInstance)
                .extracting(d -> ((Binding) d).getExchange() + " " + ((Binding) d).getRoutingKey())
                .containsExactlyInAnyOrder(
                        "review-service.complaints.dlx ",
                        "summer.events complaint.assigned.*",
                        "summer.events complaint.closed.*");
    }

    @Test
    void onQpidNoArgumentItRefusesIsDeclared() {
        List<Declarable> declarables = new EventTopology(BrokerFlavour.QPID, "summer.events", 7)
                .declarations(subscription).getDeclarables().stream().toList();

        Queue queue = queue(declarables, "review-service.complaints");
        assertThat(queue.getArguments())
                .containsEntry("alternateExchange", "review-service.complaints.dlx")
                .containsKey("x-qpid-maximum-delivery-count")
                .doesNotContainKeys("x-queue-type", "x-dead-letter-exchange", "x-dead-letter-routing-key");
        assertThat(queue(declarables, "review-service.complaints.dlq").getArguments())
                .isEmpty();
    }

    private static Queue queue(List<Declarable> declarables, String name) {
        return declarables.stream()
                .filter(Queue.class::isInstance)
                .map(Queue.class::cast)
                .filter(q -> q.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
