package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The scrape on the service's own port, where district systems and the gateway reach it too. */
@ServiceTest(classes = PlatformTestApplication.class)
class MetricsIT {

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void client() {
        http = ServiceClient.on(port);
    }

    @Test
    void shouldRefuseTheScrapeWithoutATokenAs401Problem() {
        ResponseEntity<String> response =
                http.get().uri("/actuator/prometheus").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("jvm_");
    }

    @Test
    void shouldRefuseTheScrapeToADistrictAdminAs403Problem() {
        ResponseEntity<String> response = scrape(TestTokens.districtAdmin("xuhui"));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("https://summerhotline.cn/problems/forbidden");
    }

    @Test
    void shouldServeHttpAndJvmMetricsToACityAdmin() {
        http.get()
                .uri("/api/v1/things/t-1")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .retrieve()
                .toBodilessEntity();

        ResponseEntity<String> response = scrape(TestTokens.cityAdmin());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(response.getBody())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/things/\\{id}\"")
                .containsPattern("jvm_memory_used_bytes\\{[^}]*application=\"platform-test\"")
                .contains("jvm_threads_live_threads")
                .contains("process_cpu_usage");
    }

    private ResponseEntity<String> scrape(String token) {
        return http.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .retrieve()
                .toEntity(String.class);
    }
}
