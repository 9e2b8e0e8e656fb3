package cn.summerhotline.platform.events;

import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.InfrastructureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tests of the backbone share one running service, which reaches the broker (the embedded Qpid, or the real
 * RabbitMQ when {@code RABBITMQ_HOST} is set) through a {@link TcpProxy} so that a test can take the broker away.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(classes = EventsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class BackboneIT {

    static final Infrastructure INFRA = Infrastructure.start();
    static final TcpProxy PROXY = new TcpProxy(INFRA.rabbitHost(), INFRA.rabbitPort());

    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", PROXY::port);
        registry.add("summer.events.outbox-collections[0]", () -> EventsTestApplication.LEFTOVERS);
    }
}
