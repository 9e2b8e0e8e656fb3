package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.platform.web.RequestIdFilter;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

@ServiceTest(classes = PlatformTestApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT {

    private static final String LOGGER = "cn.summerhotline.access";

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void client() {
        http = ServiceClient.on(port);
    }

    @Test
    void shouldLogOneLinePerRequestWithItsRequestIdSubjectAndStatusButNoQueryValues(CapturedOutput output) {
        String requestId = "access-" + UUID.randomUUID();

        var response = http.get()
                .uri("/api/v1/things/t-1?place=13812345678")
                .header(RequestIdFilter.HEADER, requestId)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.districtAdmin("xuhui")))
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> lines = awaitAccessLines(output, requestId);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .contains("GET /api/v1/things/t-1 200 ")
                .containsPattern(" \\d+ms " + response.getBody().getBytes(StandardCharsets.UTF_8).length + "B ")
                .contains("request_id=" + requestId)
                .contains("subject=xuhui-admin")
                // The request id is in the logging context as well, as the pattern prints it.
                .contains("," + requestId + "]")
                .doesNotContain("13812345678")
                .doesNotContain("Bearer");
    }

    @Test
    void shouldLogARefusedRequestWithoutASubject(CapturedOutput output) {
        String requestId = "refused-" + UUID.randomUUID();

        http.get()
                .uri("/api/v1/things/t-1")
                .header(RequestIdFilter.HEADER, requestId)
                .retrieve()
                .toBodilessEntity();

        List<String> lines = awaitAccessLines(output, requestId);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("GET /api/v1/things/t-1 401 ").contains("subject=-");
    }

    @Test
    void shouldLogNothingOnceTheAccessLoggerIsOff(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String silent = "silent-" + UUID.randomUUID();
        String loud = "loud-" + UUID.randomUUID();
        logging.setLogLevel(LOGGER, LogLevel.OFF);
        try {
            http.get()
                    .uri("/actuator/health")
                    .header(RequestIdFilter.HEADER, silent)
                    .retrieve()
                    .toBodilessEntity();
        } finally {
            logging.setLogLevel(LOGGER, null);
        }
        http.get()
                .uri("/actuator/health")
                .header(RequestIdFilter.HEADER, loud)
                .retrieve()
                .toBodilessEntity();

        awaitAccessLines(output, loud);
        assertThat(output.getOut()).doesNotContain(silent);
    }

    private static List<String> awaitAccessLines(CapturedOutput output, String requestId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !accessLines(output, requestId).isEmpty());
        return accessLines(output, requestId);
    }

    private static List<String> accessLines(CapturedOutput output, String requestId) {
        return output.getOut()
                .lines()
                .filter(line -> line.contains(LOGGER) && line.contains(requestId))
                .toList();
    }
}
