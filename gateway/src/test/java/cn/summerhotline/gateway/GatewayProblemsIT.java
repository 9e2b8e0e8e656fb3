package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every error of the gateway itself is problem+json with a stable type, in Chinese or English. */
class GatewayProblemsIT extends GatewayITSupport {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersInChineseByDefaultAndInEnglishOnRequest() {
        client.get()
                .uri("/nothing/here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("Content-Language", "zh-CN")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/not-found")
                .jsonPath("$.title")
                .isEqualTo("未找到")
                .jsonPath("$.detail")
                .isEqualTo("没有这个地址。");
        for (String language : new String[] {"en", "en-GB,zh;q=0.5"}) {
            client.get()
                    .uri("/nothing/here")
                    .header("Accept-Language", language)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .valueEquals("Content-Language", "en")
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://summerhotline.cn/problems/not-found")
                    .jsonPath("$.title")
                    .isEqualTo("Not found")
                    .jsonPath("$.detail")
                    .isEqualTo("There is nothing at this address.");
        }
        client.get()
                .uri("/api/v1/complaints/categories")
                .header("Accept-Language", "zh-CN,en;q=0.8")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("未登录")
                .jsonPath("$.detail")
                .isEqualTo("需要登录令牌。");
    }

    @Test
    void refusesTraceAndAnUnsupportedMethodWith405ProblemJson() {
        client.method(HttpMethod.TRACE)
                .uri("/api/v1/complaints/categories")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("Allow")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/method-not-allowed");
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();

        client.delete()
                .uri("/v3/api-docs/swagger-config")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/method-not-allowed")
                .jsonPath("$.title")
                .isEqualTo("Method not allowed");
    }

    @Test
    void refusesABodyPastTheLimitOnItsContentLength() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(raw("/api/v1/complaints"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_BODY_BYTES + 1]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"https://summerhotline.cn/problems/payload-too-large\"")
                .contains("\"maxBodyBytes\":" + MAX_BODY_BYTES);
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAStreamedBodyOnceItPassesTheLimitWithoutCountingAgainstTheService() throws Exception {
        Backends.COMPLAINT.stubFor(
                post("/api/v1/complaints").willReturn(aResponse().withStatus(201)));

        HttpResponse<String> small = http.send(chunked("/api/v1/complaints", MAX_BODY_BYTES / 2), ofString());
        HttpResponse<String> large = http.send(chunked("/api/v1/complaints", MAX_BODY_BYTES + 4096), ofString());

        assertThat(small.statusCode()).isEqualTo(201);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(large.body()).contains("\"type\":\"https://summerhotline.cn/problems/payload-too-large\"");
        Backends.COMPLAINT.verify(1, postRequestedFor(urlEqualTo("/api/v1/complaints")));
        assertThat(circuitBreakers
                        .getCircuitBreakerRegistry()
                        .circuitBreaker("complaint-service")
                        .getMetrics()
                        .getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void answersAnOversizedRequestLineOrHeaderWithProblemJson() throws Exception {
        HttpResponse<String> longUri = http.send(
                HttpRequest.newBuilder(raw("/api/v1/complaints/track/" + "x".repeat(5000)))
                        .build(),
                ofString());
        HttpResponse<String> largeHeaders = http.send(
                HttpRequest.newBuilder(raw("/api/v1/complaints/categories"))
                        .header("X-Padding", "y".repeat(9000))
                        .header("Accept-Language", "en")
                        .build(),
                ofString());

        assertThat(longUri.statusCode()).isEqualTo(414);
        assertThat(longUri.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(longUri.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(longUri.body()).contains("\"type\":\"https://summerhotline.cn/problems/uri-too-long\"");
        assertThat(largeHeaders.statusCode()).isEqualTo(431);
        assertThat(largeHeaders.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(largeHeaders.body()).contains("\"type\":\"https://summerhotline.cn/problems/headers-too-large\"");
    }

    @Test
    void putsTheSecurityHeadersOnEveryResponse() {
        Backends.COMPLAINT.stubFor(get("/api/v1/complaints/categories")
                .willReturn(aResponse()
                        .withHeader("X-Frame-Options", "SAMEORIGIN")
                        .withHeader("X-Content-Type-Options", "nosniff")
                        .withBody("[]")));
        String token = TestTokens.bearer(TestTokens.operator());

        assertSecurityHeaders(client.get()
                .uri("/api/v1/complaints/categories")
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isOk());
        assertSecurityHeaders(client.get()
                .uri("/api/v1/complaints/categories")
                .exchange()
                .expectStatus()
                .isUnauthorized());
        assertSecurityHeaders(
                client.get().uri("/nothing/here").exchange().expectStatus().isNotFound());
        assertSecurityHeaders(client.get()
                .uri("/api/v1/openday/cloud/sections")
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isEqualTo(503));
        assertSecurityHeaders(client.get().uri("/swagger-ui.html").exchange());
        assertSecurityHeaders(client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk());
    }

    static void assertSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader()
                .values("X-Content-Type-Options", values -> assertThat(values).containsExactly("nosniff"))
                .expectHeader()
                .values("X-Frame-Options", values -> assertThat(values).containsExactly("DENY"))
                .expectHeader()
                .values("Referrer-Policy", values -> assertThat(values).containsExactly("no-referrer"));
    }

    private HttpRequest chunked(String path, int bytes) {
        return HttpRequest.newBuilder(raw(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
