package cn.summerhotline.gateway;

import cn.summerhotline.gateway.ratelimit.PublicRateLimiter;
import cn.summerhotline.testsupport.Infrastructure;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway on a random port in front of WireMock services, one context shared by the ITs that
 * extend this. Every test starts with closed circuit breakers, empty rate limits and fresh stubs, so that
 * no test sees what another one left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayITSupport {

    static final String PUBLIC_URL = "https://hotline.example.cn";
    static final String DOWN_URL = Backends.nothingListening();
    /** Small, so that the body limit tests send little. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("summer.security.jwt.secret", () -> Infrastructure.JWT_SECRET);
        registry.add("summer.gateway.services.complaint", () -> Backends.url(Backends.COMPLAINT));
        registry.add("summer.gateway.services.publicity", () -> Backends.url(Backends.PUBLICITY));
        // openday-service is "stopped" in these tests: nothing listens on its address.
        registry.add("summer.gateway.services.openday", () -> DOWN_URL);
        registry.add("summer.gateway.services.review", () -> Backends.url(Backends.REVIEW));
        // Seconds, far above any stub delay that must pass: a loaded machine must not time a test out.
        registry.add("summer.gateway.response-timeout", () -> "6s");
        registry.add("summer.gateway.response-timeouts.publicity", () -> "1500ms");
        registry.add("summer.gateway.rate-limit.limit-for-period", () -> "10000");
        registry.add("summer.gateway.rate-limit.keyed.limit-for-period", () -> "10000");
        registry.add("summer.gateway.public-url", () -> PUBLIC_URL);
        registry.add("summer.gateway.max-body-size", () -> MAX_BODY_BYTES + "B");
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Autowired
    PublicRateLimiter rateLimiter;

    WebTestClient client;

    @BeforeEach
    void resetSharedState() {
        Backends.resetAll();
        circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        rateLimiter.forgetAll();
        client = WebTestClient.bindToServer()
                .baseUrl(base())
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A URI with the raw path as given: WebTestClient would encode the {@code %} of a template. */
    URI raw(String rawPathAndQuery) {
        return URI.create(base() + rawPathAndQuery);
    }
}
