package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Routing, tokens, request ids, fallbacks and timeouts; see {@link GatewayITSupport}. */
class GatewayRoutingIT extends GatewayITSupport {

    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void refusesAServiceRouteWithoutATokenWith401ProblemJson() {
        client.get()
                .uri("/api/v1/complaints/categories")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader()
                .valueMatches("X-Request-Id", UUID_FORM)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/unauthenticated")
                .jsonPath("$.status")
                .isEqualTo(401);
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAForgedExpiredOrNeverExpiringTokenWith401() {
        String expired =
                TestTokens.token("operator", "city", null, Instant.now().minusSeconds(120), "OPERATOR");
        String forged = TestTokens.operator().substring(0, TestTokens.operator().lastIndexOf('.')) + ".c2lnbmF0dXJl";
        String neverExpiring = ExtraTokens.withoutExpiry("xuhui-system", "INTEGRATION");
        for (String token : new String[] {expired, forged, "not-a-jwt", neverExpiring}) {
            client.get()
                    .uri("/api/v1/complaints/categories")
                    .header("Authorization", TestTokens.bearer(token))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://summerhotline.cn/problems/unauthenticated")
                    .jsonPath("$.reason")
                    .isEqualTo("invalid-token");
        }
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
    }

    @Test
    void routesAnAuthenticatedRequestAndPassesTheTokenAndRequestIdOn() {
        Backends.COMPLAINT.stubFor(get("/api/v1/complaints/categories")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"code\":\"noise\",\"name\":\"噪音\"}]")));
        String token = TestTokens.cityAdmin();

        client.get()
                .uri("/api/v1/complaints/categories")
                .header("Authorization", TestTokens.bearer(token))
                .header("X-Request-Id", "req-42.abc")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "req-42.abc")
                .expectBody()
                .jsonPath("$[0].name")
                .isEqualTo("噪音");

        Backends.COMPLAINT.verify(getRequestedFor(urlEqualTo("/api/v1/complaints/categories"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo("req-42.abc")));
    }

    @Test
    void replacesAMissingOrMalformedRequestIdWithAGeneratedOne() {
        // The services echo the id too (the platform's filter): the caller must still see it once.
        Backends.REVIEW.stubFor(get("/api/v1/reviews/levels")
                .willReturn(aResponse().withBody("[]").withHeader("X-Request-Id", "echoed-by-the-service")));

        String id = client.get()
                .uri("/api/v1/reviews/levels")
                .header("Authorization", TestTokens.bearer(TestTokens.reviewer("xuhui", null)))
                .header("X-Request-Id", "bad id\twith spaces")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("X-Request-Id", UUID_FORM)
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");
        assertThat(client.get()
                        .uri("/api/v1/reviews/levels")
                        .header("Authorization", TestTokens.bearer(TestTokens.reviewer("xuhui", null)))
                        .exchange()
                        .returnResult(String.class)
                        .getResponseHeaders()
                        .get("X-Request-Id"))
                .hasSize(1)
                .doesNotContain("echoed-by-the-service");

        Backends.REVIEW.verify(
                getRequestedFor(urlEqualTo("/api/v1/reviews/levels")).withHeader("X-Request-Id", equalTo(id)));
    }

    @ParameterizedTest
    @CsvSource({
        "complaint, /api/v1/complaints/categories",
        "complaint, /open311/v2/services.json",
        "publicity, /api/v1/publicity/themes",
        "review, /api/v1/reviews/levels"
    })
    void routesEachPrefixToItsService(String service, String path) {
        WireMockServer backend = switch (service) {
            case "complaint" -> Backends.COMPLAINT;
            case "publicity" -> Backends.PUBLICITY;
            default -> Backends.REVIEW;
        };
        backend.stubFor(get(urlPathMatching(".*")).willReturn(aResponse().withBody("from " + service)));

        client.get()
                .uri(path)
                .header("Authorization", TestTokens.bearer(TestTokens.media()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("from " + service);
        backend.verify(getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void letsPublicEndpointsThroughWithoutAToken() {
        Backends.COMPLAINT.stubFor(get(urlPathMatching("/api/v1/complaints/track/.*"))
                .willReturn(aResponse().withBody("{\"status\":\"ACCEPTED\"}")));
        Backends.COMPLAINT.stubFor(
                post("/api/v1/complaints").willReturn(aResponse().withStatus(201)));
        Backends.PUBLICITY.stubFor(get(urlPathMatching("/api/v1/publicity/public/.*"))
                .willReturn(aResponse().withBody("[]")));

        client.get()
                .uri("/api/v1/complaints/track/SH20250701-0001")
                .exchange()
                .expectStatus()
                .isOk();
        client.post()
                .uri("/api/v1/complaints")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"噪音扰民\"}")
                .exchange()
                .expectStatus()
                .isCreated();
        client.get()
                .uri("/api/v1/publicity/public/projects")
                .exchange()
                .expectStatus()
                .isOk();

        Backends.COMPLAINT.verify(
                postRequestedFor(urlEqualTo("/api/v1/complaints")).withoutHeader("Authorization"));
    }

    @Test
    void letsTheReviewsPublicEndpointsThroughWithoutATokenNamingTheClientItself() {
        String item = "/api/v1/reviews/public/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11";
        Backends.REVIEW.stubFor(
                post("/api/v1/reviews/reports").willReturn(aResponse().withStatus(202)));
        Backends.REVIEW.stubFor(
                post("/api/v1/reviews/public/reports").willReturn(aResponse().withStatus(202)));
        Backends.REVIEW.stubFor(get(item).willReturn(aResponse().withBody("{\"title\":\"夏季专项执法行动\"}")));

        for (String path : new String[] {"/api/v1/reviews/reports", "/api/v1/reviews/public/reports"}) {
            client.post()
                    .uri(path)
                    .header("X-Forwarded-For", "6.6.6.6")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"reviewId\":\"0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11\",\"reason\":\"不实\"}")
                    .exchange()
                    .expectStatus()
                    .isAccepted();
        }
        client.get().uri(item).exchange().expectStatus().isOk();

        // The service names an anonymous reporter by the address the gateway saw, never by what the client wrote.
        Backends.REVIEW.verify(
                2,
                postRequestedFor(urlPathMatching("/api/v1/reviews/(public/)?reports"))
                        .withoutHeader("Authorization")
                        .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
        Backends.REVIEW.verify(getRequestedFor(urlEqualTo(item)).withoutHeader("Authorization"));
    }

    @Test
    void keepsTheRestOfTheReviewsBehindAToken() {
        for (String path : new String[] {
            "/api/v1/reviews", "/api/v1/reviews/public/reports", "/api/v1/reviews/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11"
        }) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.post()
                .uri("/api/v1/reviews/0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11/restore")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"x\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(Backends.REVIEW.getAllServeEvents()).isEmpty();
    }

    @Test
    void checksAndPassesOnATokenSentToAPublicEndpoint() {
        Backends.COMPLAINT.stubFor(
                post("/api/v1/complaints").willReturn(aResponse().withStatus(201)));
        String token = TestTokens.operator();

        client.post()
                .uri("/api/v1/complaints")
                .header("Authorization", TestTokens.bearer("garbage"))
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.post()
                .uri("/api/v1/complaints")
                .header("Authorization", TestTokens.bearer(token))
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isCreated();

        Backends.COMPLAINT.verify(1, postRequestedFor(urlEqualTo("/api/v1/complaints")));
        Backends.COMPLAINT.verify(
                postRequestedFor(urlEqualTo("/api/v1/complaints")).withHeader("Authorization", matching(".*" + token)));
    }

    @Test
    void answersUnknownPathsWith404ProblemJson() {
        for (String path : new String[] {"/nothing/here", "/api/v1/unknown", "/fallback/complaint-service"}) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .exists("X-Request-Id")
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://summerhotline.cn/problems/not-found")
                    .jsonPath("$.status")
                    .isEqualTo(404);
        }
    }

    @Test
    void hasNoDemoTokenEndpointOutsideTheLocalProfile() {
        client.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"city-admin\",\"password\":\"hotline\"}")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesPathsThatHideDotSegments() {
        client.get()
                .uri("/api/v1/complaints/track/%2e%2e/secret")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/malformed-path");
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
    }

    @Test
    void answers503ProblemJsonNamingAServiceThatIsDown() {
        client.get()
                .uri("/api/v1/openday/cloud/sections")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .header("X-Request-Id", "down-1")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("X-Request-Id", "down-1")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/service-unavailable")
                .jsonPath("$.title")
                .isEqualTo("服务暂时不可用")
                .jsonPath("$.service")
                .isEqualTo("openday-service")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/openday/cloud/sections")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("openday-service"));
    }

    @Test
    void servesManyConcurrentRequestsToOneServiceWithoutFallingBack() {
        Backends.COMPLAINT.stubFor(get("/api/v1/complaints/categories")
                .willReturn(aResponse().withFixedDelay(100).withBody("[]")));
        String token = TestTokens.bearer(TestTokens.operator());

        org.springframework.web.reactive.function.client.WebClient web =
                org.springframework.web.reactive.function.client.WebClient.create(base());
        java.util.List<Integer> statuses = reactor.core.publisher.Flux.range(0, 50)
                .flatMap(
                        i -> web.get()
                                .uri("/api/v1/complaints/categories")
                                .header("Authorization", token)
                                .exchangeToMono(response -> response.releaseBody()
                                        .thenReturn(response.statusCode().value())),
                        50)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(50).containsOnly(200);
    }

    @Test
    void answers503WhenAServiceIsTooSlow() {
        // publicity-service's own limit is 1.5 s; the stub would take 8 s.
        Backends.PUBLICITY.stubFor(get("/api/v1/publicity/themes")
                .willReturn(aResponse().withFixedDelay(8000).withBody("[]")));

        long started = System.nanoTime();
        client.get()
                .uri("/api/v1/publicity/themes")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("publicity-service");
        // Well before the stub would have answered, however loaded the machine.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6000));
    }

    @Test
    void givesEachServiceItsOwnLimitToAnswer() {
        // The same 3 s delay: within the default 6 s, past publicity-service's own 1.5 s.
        Backends.REVIEW.stubFor(get("/api/v1/reviews/levels")
                .willReturn(aResponse().withFixedDelay(3000).withBody("[\"slow but in time\"]")));
        Backends.PUBLICITY.stubFor(get("/api/v1/publicity/themes")
                .willReturn(aResponse().withFixedDelay(3000).withBody("[]")));

        client.get()
                .uri("/api/v1/reviews/levels")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("[\"slow but in time\"]");
        client.get()
                .uri("/api/v1/publicity/themes")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void answers503WhenAServiceSaysItIsUnavailable() {
        Backends.REVIEW.stubFor(
                get("/api/v1/reviews/levels").willReturn(aResponse().withStatus(503)));

        client.get()
                .uri("/api/v1/reviews/levels")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("review-service");
    }

    @Test
    void passesAServicesOwnClientErrorsThrough() {
        Backends.REVIEW.stubFor(get("/api/v1/reviews/items/x")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://summerhotline.cn/problems/review-item-not-found\"}")));

        client.get()
                .uri("/api/v1/reviews/items/x")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/review-item-not-found");
    }

    @Test
    void servesSwaggerUiListingTheGatewaysAndTheServicesDocuments() {
        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'complaint-service')].url")
                .isEqualTo("/v3/api-docs/complaint-service")
                .jsonPath("$.urls[?(@.name == 'gateway')].url")
                .isEqualTo("/v3/api-docs")
                .jsonPath("$.urls.length()")
                .isEqualTo(5);

        client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("swagger-ui"));
    }

    @Test
    void reportsLivenessAndReadinessStatusOnlyOnBothPorts() {
        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
        for (String probe : new String[] {"liveness", "readiness"}) {
            management
                    .get()
                    .uri("/actuator/health/" + probe)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP")
                    .jsonPath("$.details")
                    .doesNotExist()
                    .jsonPath("$.components")
                    .doesNotExist();
        }
        for (String probe : new String[] {"/livez", "/readyz"}) {
            client.get()
                    .uri(probe)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP");
        }
        management
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .doesNotExist();
    }
}
