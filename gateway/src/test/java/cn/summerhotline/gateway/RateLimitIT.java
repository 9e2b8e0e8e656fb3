package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The per-client limit of the public endpoints, with a small limit so that a burst trips it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int LIMIT = 5;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("summer.security.jwt.secret", () -> Infrastructure.JWT_SECRET);
        registry.add("summer.gateway.services.complaint", () -> Backends.url(Backends.COMPLAINT));
        registry.add("summer.gateway.services.openday", () -> Backends.url(Backends.OPENDAY));
        registry.add("summer.gateway.rate-limit.limit-for-period", () -> String.valueOf(LIMIT));
        registry.add("summer.gateway.rate-limit.refresh-period", () -> "30s");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        Backends.resetAll();
        client =
                WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void answers429ProblemJsonWithRetryAfterAfterABurstOnAPublicEndpoint() {
        Backends.OPENDAY.stubFor(get(urlPathMatching("/api/v1/openday/public/.*"))
                .willReturn(aResponse().withBody("[]")));

        List<Integer> statuses = new ArrayList<>();
        EntityExchangeResult<byte[]> last = null;
        for (int i = 0; i < LIMIT + 3; i++) {
            last = client.get()
                    .uri("/api/v1/openday/public/statistics")
                    .exchange()
                    .expectBody()
                    .returnResult();
            statuses.add(last.getStatus().value());
        }

        assertThat(statuses.subList(0, LIMIT)).containsOnly(200);
        assertThat(statuses.subList(LIMIT, statuses.size())).containsOnly(429);
        assertThat(last.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retryAfter = Long.parseLong(last.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(new String(last.getResponseBody()))
                .contains("\"type\":\"https://summerhotline.cn/problems/too-many-requests\"")
                .contains("\"status\":429");
        Backends.OPENDAY.verify(
                LIMIT, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void doesNotLimitAuthenticatedRequestsToProtectedEndpoints() {
        Backends.COMPLAINT.stubFor(
                get("/api/v1/complaints/categories").willReturn(aResponse().withBody("[]")));
        String token = TestTokens.bearer(TestTokens.operator());

        for (int i = 0; i < LIMIT * 4; i++) {
            client.get()
                    .uri("/api/v1/complaints/categories")
                    .header("Authorization", token)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void doesNotLimitAnOperatorEnteringComplaintsThroughThePublicEndpoint() {
        Backends.COMPLAINT.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/v1/complaints")
                .willReturn(aResponse().withStatus(201)));
        String token = TestTokens.bearer(TestTokens.operator());

        for (int i = 0; i < LIMIT * 4; i++) {
            client.post()
                    .uri("/api/v1/complaints")
                    .header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isCreated();
        }
    }
}
