package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The token as {@code api_key} on the test service's api-key path (/api/v1/things/keyed/**), and nowhere else. */
@ServiceTest(classes = PlatformTestApplication.class)
class ApiKeyIT {

    @LocalServerPort
    int port;

    @Test
    void shouldTakeTheCallerFromAnApiKeyAsFromABearerToken() {
        String system = TestTokens.integration("xuhui");

        var keyed = get("/api/v1/things/keyed/mine?api_key=" + system, null);
        var bearer = get("/api/v1/things/keyed/mine", system);

        assertThat(keyed.getStatusCode().value()).as(keyed.getBody()).isEqualTo(200);
        assertThat(keyed.getBody()).isEqualTo(bearer.getBody()).contains("\"unit\":\"xuhui\"");
    }

    @Test
    void shouldRefuseAHeaderAndAnApiKeyTogetherWith400Problem() {
        String system = TestTokens.integration("xuhui");

        var both = get("/api/v1/things/keyed/mine?api_key=" + system, system);

        assertThat(both.getStatusCode().value()).isEqualTo(400);
        assertThat(both.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(both.getBody())
                .contains("https://summerhotline.cn/problems/invalid-request")
                .contains("Authorization");
    }

    @Test
    void shouldRefuseAForgedApiKeyWith403ProblemInChineseUnlessEnglishIsAsked() {
        var chinese = get("/api/v1/things/keyed/mine?api_key=forged", null);
        var english = http().get()
                .uri("/api/v1/things/keyed/mine?api_key=forged")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .retrieve()
                .toEntity(String.class);

        assertThat(chinese.getStatusCode().value()).isEqualTo(403);
        assertThat(chinese.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(chinese.getBody()).contains("api_key 无效");
        assertThat(english.getBody()).contains("The api_key is not a valid signed token");
    }

    @Test
    void shouldIgnoreAnApiKeyOutsideTheApiKeyPaths() {
        var response = get("/api/v1/things/t-1?api_key=" + TestTokens.cityAdmin(), null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("https://summerhotline.cn/problems/unauthenticated");
    }

    @Test
    void shouldDocumentTheApiKeyAsASecuritySchemeOfTheApiKeyPathsOnly() {
        JsonNode document = JsonMapper.builder()
                .build()
                .readTree(http().get().uri("/v3/api-docs").retrieve().body(String.class));

        JsonNode scheme = document.path("components").path("securitySchemes").path("apiKey");
        assertThat(scheme.path("type").asString()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asString()).isEqualTo("query");
        assertThat(scheme.path("name").asString()).isEqualTo("api_key");
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/v1/things/keyed/mine")
                        .path("get")
                        .path("security")
                        .toString())
                .contains("\"apiKey\"")
                .contains("\"bearerJwt\"");
        assertThat(paths.path("/api/v1/things/{id}").path("get").toString()).doesNotContain("apiKey");
    }

    private RestClient http() {
        return ServiceClient.on(port);
    }

    private ResponseEntity<String> get(String path, String token) {
        var request = http().get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }
}
