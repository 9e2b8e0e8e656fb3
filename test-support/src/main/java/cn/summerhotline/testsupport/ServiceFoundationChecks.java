package cn.summerhotline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.contracts.OpenApiDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    @Value("${summer.labels.path}")
    protected String labelsPath;

    /** A read under the service's route that any authenticated caller may make. */
    protected abstract String referencePath();

    /** Something the reference read must contain. */
    protected abstract String referenceContent();

    @BeforeEach
    void client() {
        http = ServiceClient.on(port);
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

    /**
     * Every code an answer of the service can carry has a label for people: each enum value of its OpenAPI
     * document's schemas appears under {@code summer.labels.path}, in Chinese by default and in English on
     * request.
     */
    @Test
    void shouldLabelEveryCodeOfItsApiInChineseAndInEnglish() {
        JsonMapper json = JsonMapper.builder().build();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        // The codes of the records (components), which answers carry; not the choices of a query parameter.
        collectEnums(json.readTree(get("/v3/api-docs", null).getBody()).path("components"), codes);
        var chinese = get(labelsPath, TestTokens.media());
        var english = http.get()
                .uri(labelsPath)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.media()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .retrieve()
                .toEntity(String.class);

        assertThat(chinese.getStatusCode().value()).isEqualTo(200);
        java.util.Map<String, String> zh = new java.util.HashMap<>();
        java.util.Map<String, String> en = new java.util.HashMap<>();
        json.readTree(chinese.getBody())
                .forEach(type -> type.properties()
                        .forEach(e -> zh.put(e.getKey(), e.getValue().asString())));
        json.readTree(english.getBody())
                .forEach(type -> type.properties()
                        .forEach(e -> en.put(e.getKey(), e.getValue().asString())));
        assertThat(zh.keySet()).as("codes with a label").containsAll(codes);
        assertThat(zh.values())
                .allMatch(label ->
                        label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(en.values())
                .noneMatch(label ->
                        label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    private static void collectEnums(JsonNode node, java.util.Set<String> codes) {
        if (node.isObject()) {
            JsonNode values = node.path("enum");
            if (values.isArray()) {
                values.forEach(value -> {
                    if (value.isString()) {
                        codes.add(value.asString());
                    }
                });
            }
            node.forEach(child -> collectEnums(child, codes));
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, codes));
        }
    }

    protected ResponseEntity<String> get(String path, String token) {
        var request = http.get().uri(path).header("X-Request-Id", "foundation-check");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }
}
