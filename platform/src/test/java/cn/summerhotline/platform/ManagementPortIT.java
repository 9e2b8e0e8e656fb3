package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * With {@code SUMMER_MANAGEMENT_PORT} set, as on Kubernetes: Prometheus scrapes the pod's management port
 * without a token, and the service's own port no longer serves actuator's metrics.
 */
@ServiceTest(classes = PlatformTestApplication.class, properties = "management.server.port=0")
@Import(ManagementPortIT.Breakers.class)
class ManagementPortIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @TestConfiguration(proxyBeanMethods = false)
    static class Breakers {

        @Bean
        CircuitBreakerRegistry circuitBreakerRegistry() {
            CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
            registry.circuitBreaker("complaint-service");
            return registry;
        }
    }

    @Test
    void shouldServeTheScrapeOnTheManagementPortWithoutAToken() {
        ResponseEntity<String> response = get(managementPort, "/actuator/prometheus", null);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldNotServeTheScrapeOnTheServicePortEvenToACityAdmin() {
        ResponseEntity<String> response = get(port, "/actuator/prometheus", TestTokens.cityAdmin());

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void shouldShowTheStateOfEachCircuitBreaker() {
        ResponseEntity<String> response = get(managementPort, "/actuator/prometheus", null);

        assertThat(response.getBody())
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"complaint-service\",[^}]*state=\"closed\"} 1\\.0");
    }

    @Test
    void shouldKeepHealthOpenOnTheManagementPort() {
        ResponseEntity<String> response = get(managementPort, "/actuator/health/liveness", null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    private static ResponseEntity<String> get(int port, String path, String token) {
        RestClient http = ServiceClient.on(port);
        var request = http.get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }
}
