package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Metrics on the management port only, and one access log line per request. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends GatewayITSupport {

    @Test
    void servesPrometheusMetricsWithCircuitBreakerStatesOnTheManagementPortOnly() {
        Backends.COMPLAINT.stubFor(
                get("/api/v1/complaints/categories").willReturn(aResponse().withBody("[]")));
        client.get()
                .uri("/api/v1/complaints/categories")
                .header("Authorization", TestTokens.bearer(TestTokens.operator()))
                .exchange()
                .expectStatus()
                .isOk();

        String metrics = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(metrics)
                .contains("resilience4j_circuitbreaker_state{")
                .contains("name=\"complaint-service\"")
                .containsPattern(
                        "summer_gateway_requests_seconds_count\\{[^}]*service=\"complaint-service\"[^}]*status=\"200\"");

        client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
    }

    @Test
    void logsOneLinePerRequestWithoutQueryOrToken(CapturedOutput output) {
        Backends.COMPLAINT.stubFor(get(urlPathEqualTo("/api/v1/complaints/categories"))
                .willReturn(aResponse().withBody("[1,2]")));
        String token = TestTokens.operator();

        client.get()
                .uri(raw("/%61pi/v1/complaints/categories?phone=13800001111"))
                .header("Authorization", TestTokens.bearer(token))
                .header("X-Request-Id", "access-log-1")
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/nothing/here")
                .header("X-Request-Id", "access-log-2")
                .exchange()
                .expectStatus()
                .isNotFound();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getOut())
                        .containsPattern(
                                "GET /api/v1/complaints/categories 200 [0-9.]+ ms [0-9]+ B id=access-log-1 client=127\\.0\\.0\\.1")
                        .containsPattern(
                                "GET /nothing/here 404 [0-9.]+ ms [0-9]+ B id=access-log-2 client=127\\.0\\.0\\.1"));
        assertThat(output.getOut()).doesNotContain("13800001111").doesNotContain(token);
        assertThat(output.getOut().lines().filter(line -> line.contains("id=access-log-1")))
                .hasSize(1);
    }
}
