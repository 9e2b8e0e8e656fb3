package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.gateway.ratelimit.PublicRateLimiter;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.TestTokens;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The limits of the public endpoints, small so that a burst trips them and long so that none refills. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int LIMIT = 5;
    private static final int KEYED_LIMIT = 12;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("summer.security.jwt.secret", () -> Infrastructure.JWT_SECRET);
        registry.add("summer.gateway.services.complaint", () -> Backends.url(Backends.COMPLAINT));
        registry.add("summer.gateway.services.publicity", () -> Backends.url(Backends.PUBLICITY));
        registry.add("summer.gateway.services.openday", () -> Backends.url(Backends.OPENDAY));
        registry.add("summer.gateway.services.review", () -> Backends.url(Backends.REVIEW));
        registry.add("summer.gateway.rate-limit.limit-for-period", () -> String.valueOf(LIMIT));
        registry.add("summer.gateway.rate-limit.refresh-period", () -> "30s");
        registry.add("summer.gateway.rate-limit.keyed.limit-for-period", () -> String.valueOf(KEYED_LIMIT));
        registry.add("summer.gateway.rate-limit.keyed.refresh-period", () -> "30s");
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    @Autowired
    PublicRateLimiter rateLimiter;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        Backends.resetAll();
        rateLimiter.forgetAll();
        client =
                WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        Backends.COMPLAINT.stubFor(
                get(urlPathMatching(".*")).willReturn(aResponse().withBody("[]")));
        Backends.COMPLAINT.stubFor(
                post(urlPathMatching(".*")).willReturn(aResponse().withStatus(201)));
        Backends.PUBLICITY.stubFor(
                get(urlPathMatching(".*")).willReturn(aResponse().withBody("[]")));
        Backends.OPENDAY.stubFor(
                get(urlPathMatching(".*")).willReturn(aResponse().withBody("[]")));
        Backends.REVIEW.stubFor(
                post(urlPathMatching(".*")).willReturn(aResponse().withStatus(201)));
        Backends.REVIEW.stubFor(
                get(urlPathMatching(".*")).willReturn(aResponse().withBody("{}")));
    }

    @Test
    void answers429ProblemJsonWithRetryAfterAfterABurstOnAPublicEndpoint() {
        List<EntityExchangeResult<byte[]>> results = burst(
                LIMIT + 3,
                () -> client.get().uri("/api/v1/openday/public/statistics").exchange());

        assertThat(statuses(results).subList(0, LIMIT)).containsOnly(200);
        assertThat(statuses(results).subList(LIMIT, results.size())).containsOnly(429);
        EntityExchangeResult<byte[]> last = last(results);
        assertThat(last.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(last.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(last.getResponseHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(last.getResponseHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        long retryAfter = Long.parseLong(last.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(new String(last.getResponseBody()))
                .contains("\"type\":\"https://summerhotline.cn/problems/too-many-requests\"")
                .contains("\"status\":429");
        Backends.OPENDAY.verify(LIMIT, getRequestedFor(urlPathMatching(".*")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/openday/%70ublic/statistics",
        "GET, /%6Fpen311/v2/services.json",
        "GET, /api/v1/complaints/%74rack/SH1",
        "GET, /api/v1/publicity/publi%63/projects",
        "POST, /api/v1/review%73/public/reports",
        "POST, /api/v1/reviews/reports",
        "POST, /api/v1/review%73/reports",
        "GET, /api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11",
        "GET, /api/v1/reviews/%70ublic/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11",
        "POST, /%61pi/v1/complaints"
    })
    void limitsEncodedLetterVariantsOfPublicPathsLikeThePathsThemselves(String method, String rawPath) {
        List<EntityExchangeResult<byte[]>> results = burst(
                LIMIT + 1,
                () -> client.method(HttpMethod.valueOf(method))
                        .uri(URI.create("http://127.0.0.1:" + port + rawPath))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange());

        assertThat(statuses(results).subList(0, LIMIT)).allMatch(status -> status < 300);
        assertThat(last(statuses(results))).isEqualTo(429);
    }

    @Test
    void doesNotLimitAuthenticatedRequestsToProtectedEndpoints() {
        String token = TestTokens.bearer(TestTokens.operator());
        List<EntityExchangeResult<byte[]>> results = burst(
                KEYED_LIMIT * 2,
                () -> client.get()
                        .uri("/api/v1/complaints/categories")
                        .header("Authorization", token)
                        .exchange());

        assertThat(statuses(results)).containsOnly(200);
    }

    @Test
    void givesACallerWithAValidTokenItsOwnHigherLimitOnPublicEndpoints() {
        String token = TestTokens.bearer(TestTokens.operator());
        List<EntityExchangeResult<byte[]>> results = burst(
                KEYED_LIMIT + 1,
                () -> client.post()
                        .uri("/api/v1/complaints")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange());

        assertThat(statuses(results).subList(0, KEYED_LIMIT)).containsOnly(201);
        assertThat(last(statuses(results))).isEqualTo(429);
        assertThat(last(results).getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(new String(last(results).getResponseBody()))
                .contains("\"type\":\"https://summerhotline.cn/problems/too-many-requests\"");
        // The anonymous citizens behind the same address still have their own budget.
        client.get()
                .uri("/api/v1/openday/public/statistics")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void givesADistrictSystemWithAValidApiKeyTheLimitOfItsTokenSubject() {
        String key = TestTokens.integration("xuhui");
        List<EntityExchangeResult<byte[]>> results = burst(
                KEYED_LIMIT + 1,
                () -> client.get()
                        .uri("/open311/v2/requests.json?api_key={key}&status=open", key)
                        .exchange());

        assertThat(statuses(results).subList(0, KEYED_LIMIT)).containsOnly(200);
        assertThat(last(statuses(results))).isEqualTo(429);
        // The same subject's bearer token shares the budget.
        client.get()
                .uri("/open311/v2/services.json")
                .header("Authorization", TestTokens.bearer(key))
                .exchange()
                .expectStatus()
                .isEqualTo(429);
    }

    @Test
    void countsAnInvalidTokenOrApiKeyAsAnonymous() {
        List<EntityExchangeResult<byte[]>> withBadToken = burst(
                LIMIT + 1,
                () -> client.post()
                        .uri("/api/v1/complaints")
                        .header("Authorization", "Bearer not-a-jwt")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange());
        assertThat(statuses(withBadToken).subList(0, LIMIT)).containsOnly(401);
        assertThat(last(statuses(withBadToken))).isEqualTo(429);

        rateLimiter.forgetAll();
        String expired = TestTokens.token(
                "xuhui-system", "xuhui", null, java.time.Instant.now().minusSeconds(3600), "INTEGRATION");
        List<EntityExchangeResult<byte[]>> withBadKey = burst(
                LIMIT + 1,
                () -> client.get()
                        .uri("/open311/v2/requests.json?api_key={key}", expired)
                        .exchange());
        // The service answers a bad api_key itself, in Open311's format; the gateway only counts it.
        assertThat(statuses(withBadKey).subList(0, LIMIT)).containsOnly(200);
        assertThat(last(statuses(withBadKey))).isEqualTo(429);

        rateLimiter.forgetAll();
        String noExpiry = ExtraTokens.withoutExpiry("xuhui-system", "INTEGRATION");
        client.post()
                .uri("/api/v1/complaints")
                .header("Authorization", TestTokens.bearer(noExpiry))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private static List<EntityExchangeResult<byte[]>> burst(int count, Supplier<WebTestClient.ResponseSpec> request) {
        List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            results.add(request.get().expectBody().returnResult());
        }
        return results;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static List<Integer> statuses(List<EntityExchangeResult<byte[]>> results) {
        return results.stream().map(result -> result.getStatus().value()).toList();
    }
}
