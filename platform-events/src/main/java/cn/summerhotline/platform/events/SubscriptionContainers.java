package cn.summerhotline.platform.events;

import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/** Runs one listener container per {@link EventSubscription}, started after the context is ready. */
final class SubscriptionContainers implements SmartLifecycle {

    private final List<EventSubscription> subscriptions;
    private final ConnectionFactory connectionFactory;
    private final AmqpAdmin admin;
    private final JsonMapper mapper;
    private final EventsProperties.Consumer settings;
    private final ApplicationContext context;
    private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();

    SubscriptionContainers(
            List<EventSubscription> subscriptions,
            ConnectionFactory connectionFactory,
            AmqpAdmin admin,
            JsonMapper mapper,
            EventsProperties.Consumer settings,
            ApplicationContext context) {
        this.subscriptions = subscriptions;
        this.connectionFactory = connectionFactory;
        this.admin = admin;
        this.mapper = mapper;
        this.settings = settings;
        this.context = context;
    }

    @Override
    public synchronized void start() {
        for (EventSubscription subscription : subscriptions) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(subscription.queue());
            container.setMessageListener(new EventMessageListener(subscription, mapper, settings));
            container.setAcknowledgeMode(AcknowledgeMode.AUTO);
            container.setDefaultRequeueRejected(false);
            container.setPrefetchCount(settings.prefetch());
            container.setConcurrentConsumers(subscription.concurrency());
            container.setRecoveryInterval(settings.recoveryInterval().toMillis());
            // The queues are declared on every new connection; a consumer that starts first waits for them.
            container.setMissingQueuesFatal(false);
            container.setAmqpAdmin(admin);
            container.setListenerId("events-" + subscription.queue());
            // Timed as spring.rabbit.listener (spring_rabbit_listener_seconds, per queue) through the
            // context's observation registry.
            container.setApplicationContext(context);
            container.setObservationEnabled(true);
            container.afterPropertiesSet();
            container.start();
            containers.add(container);
        }
    }

    @Override
    public synchronized void stop() {
        containers.forEach(SimpleMessageListenerContainer::stop);
        containers.forEach(SimpleMessageListenerContainer::destroy);
        containers.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !containers.isEmpty();
    }
}
