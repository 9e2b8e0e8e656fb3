package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@ServiceTest(classes = PlatformTestApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class ServiceRulesIT {

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void client() {
        http = ServiceClient.on(port);
    }

    @Test
    void shouldRefuseARequestWithoutATokenAs401Problem() {
        var response = http.get().uri("/api/v1/things/t-1").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("https://summerhotline.cn/problems/unauthenticated");
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }

    @Test
    void shouldRefuseAnExpiredOrForgedToken() {
        String expired = TestTokens.token("x", "city", null, Instant.now().minusSeconds(600), "CITY_ADMIN");
        String forged = TestTokens.cityAdmin().substring(0, 40) + "x"
                + TestTokens.cityAdmin().substring(41);

        for (String token : new String[] {expired, forged}) {
            var response = http.get()
                    .uri("/api/v1/things/t-1")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                    .retrieve()
                    .toEntity(String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void shouldShowADistrictOnlyItsOwnRecordsAndAnswer404ForAnother() {
        var own = get("/api/v1/things/t-1", TestTokens.districtAdmin("xuhui"));
        var other = get("/api/v1/things/t-2", TestTokens.districtAdmin("xuhui"));
        var city = get("/api/v1/things/t-2", TestTokens.cityAdmin());

        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).contains("\"caller\":\"xuhui-admin\"");
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(other.getBody()).contains("https://summerhotline.cn/problems/not-found");
        assertThat(city.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void shouldRefuseTheWrongRoleAs403Problem() {
        var response = post("/api/v1/things", TestTokens.media(), "{\"name\":\"夜间施工\",\"score\":3}");

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("https://summerhotline.cn/problems/forbidden");
    }

    @Test
    void shouldAnswerMalformedJsonWith400Problem() {
        var response = post("/api/v1/things", TestTokens.cityAdmin(), "{\"name\": ");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("https://summerhotline.cn/problems/malformed-request");
    }

    @Test
    void shouldNameEachInvalidFieldIn400Problem() {
        var response = post("/api/v1/things", TestTokens.cityAdmin(), "{\"name\":\"\",\"score\":9}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody())
                .contains("https://summerhotline.cn/problems/invalid-request")
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"score\"");
    }

    @Test
    void shouldAcceptAValidRequestWithTheRightRoleInChinese() {
        var response = post("/api/v1/things", TestTokens.operator(), "{\"name\":\"夜间施工\",\"score\":3}");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("夜间施工");
    }

    @Test
    void shouldOpenADeclaredPublicEndpointWithoutAToken() {
        var response = http.post()
                .uri("/api/v1/things/public")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"路边摊\",\"score\":2}")
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"anonymous\":true");
    }

    @Test
    void shouldKeepAWellFormedRequestIdAndReplaceABadOne() {
        var kept = http.get()
                .uri("/actuator/health/liveness")
                .header("X-Request-Id", "abc-123")
                .retrieve()
                .toEntity(String.class);
        var replaced = http.get()
                .uri("/actuator/health/liveness")
                .header("X-Request-Id", "<script>alert(1)</script> with spaces")
                .retrieve()
                .toEntity(String.class);

        assertThat(kept.getHeaders().getFirst("X-Request-Id")).isEqualTo("abc-123");
        assertThat(replaced.getHeaders().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldReportReadinessWithTheStore() {
        var response = http.get().uri("/actuator/health/readiness").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"store\"").contains("\"status\":\"UP\"");
    }

    @Test
    void shouldAnswerAnUnknownPathWith404ProblemForAnAuthenticatedCaller() {
        var response = get("/api/v1/nothing-here", TestTokens.cityAdmin());

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerAnUnforeseenErrorWith500ProblemAndLogItWithTheRequestId(CapturedOutput output) {
        var response = http.get()
                .uri("/api/v1/things/broken")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .header("X-Request-Id", "trace-me-500")
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody())
                .contains("https://summerhotline.cn/problems/internal-error")
                .doesNotContain("a defect the service did not foresee");
        assertThat(output.getOut()).contains("[platform-test,trace-me-500]").contains("Unexpected error");
    }

    @Test
    void shouldKeepTheCallerOutOfTheOpenApiParameters() {
        var response = http.get().uri("/v3/api-docs").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("/api/v1/things/{id}").doesNotContain("\"caller\"");
    }

    private org.springframework.http.ResponseEntity<String> get(String path, String token) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .retrieve()
                .toEntity(String.class);
    }

    private org.springframework.http.ResponseEntity<String> post(String path, String token, String body) {
        return http.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }
}
