package cn.summerhotline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.contracts.OpenApiDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * What every service must show before any business capability: it starts, reports liveness and readiness
 * (with its store and broker), publishes its OpenAPI document, refuses callers without a token as
 * problem+json, and answers a reference read for a caller with one. A service's test extends this with
 * {@link ServiceTest} and names its reference endpoint.
 */
public abstract class ServiceFoundationChecks {

    @LocalServerPort
    protected int port;

    @Value("${spring.application.name}")
    protected String service;

    protected RestClient http;

    /** A read under the service's route that any authenticated caller may make. */
    protected abstract String referencePath();

    /** Something the reference read must contain. */
    protected abstract String referenceContent();

    @BeforeEach
    void client() {
        http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    @Test
    void shouldReportLiveness() {
        var response = get("/actuator/health/liveness", null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void shouldReportReadinessIncludingStoreAndBroker() {
        var response = get("/actuator/health/readiness", null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody())
                .contains("\"status\":\"UP\"")
                .contains("\"store\"")
                .contains("\"rabbit\"");
    }

    @Test
    void shouldPublishItsOpenApiDocument() {
        var response = get("/v3/api-docs", null);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"openapi\"").contains(referencePath());
        // The build's contract step (.ci/run, scripts/lint-contracts.sh) lints this file.
        OpenApiDocuments.write(service, response.getBody());
    }

    @Test
    void shouldRefuseACallerWithoutATokenAs401Problem() {
        var response = get(referencePath(), null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerTheReferenceReadForAnyAuthenticatedCaller() {
        var response = get(referencePath(), TestTokens.media());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains(referenceContent());
    }

    @Test
    void shouldAnswerAnUnknownPathWith404Problem() {
        var response = get(referencePath() + "/no-such-thing/at-all", TestTokens.cityAdmin());

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    protected ResponseEntity<String> get(String path, String token) {
        var request = http.get().uri(path).header("X-Request-Id", "foundation-check");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }
}
