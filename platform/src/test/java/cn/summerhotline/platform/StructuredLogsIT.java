package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.platform.web.RequestIdFilter;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One setting turns the console into JSON lines for a log collector: Boot's structured logging, here in the
 * Elastic Common Schema, with the request id of the logging context in every line of a request. Each test
 * starts and closes its own service: logging is the JVM's, and the other test classes expect plain lines.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT {

    /** Where Boot keeps the format for the logging system; it outlives the application that set it. */
    private static final String FORMAT_PROPERTY = "CONSOLE_LOG_STRUCTURED_FORMAT";

    @BeforeAll
    static void infrastructure() {
        Infrastructure.start();
    }

    @AfterEach
    void plainAgain() {
        System.clearProperty(FORMAT_PROPERTY);
        // A service started with the variable set but empty, as SUMMER_LOG_FORMAT is by default, gives the
        // JVM's logging back its plain console.
        start("").close();
    }

    @Test
    void shouldWriteEachLineAsJsonWithTheRequestIdInEcsFormat(CapturedOutput output) {
        String requestId = "json-" + UUID.randomUUID();

        try (ConfigurableApplicationContext service = start("ecs")) {
            get(service, requestId);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !jsonLines(output, requestId).isEmpty());
        }

        JsonNode line = new JsonMapper().readTree(jsonLines(output, requestId).get(0));
        assertThat(line.path("log").path("logger").asString()).isEqualTo("cn.summerhotline.access");
        assertThat(line.path("requestId").asString()).isEqualTo(requestId);
        assertThat(line.path("service").path("name").asString()).isEqualTo("platform-test");
        assertThat(line.path("message").asString()).startsWith("GET /api/v1/things/t-1 200 ");
    }

    @Test
    void shouldStartAndWritePlainLinesWhenTheFormatIsEmpty(CapturedOutput output) {
        String requestId = "plain-" + UUID.randomUUID();

        try (ConfigurableApplicationContext service = start("")) {
            get(service, requestId);
            await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains("request_id=" + requestId));
        }

        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("request_id=" + requestId))
                .findFirst()
                .orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("[platform-test," + requestId + "]");
    }

    private static ConfigurableApplicationContext start(String format) {
        return new SpringApplicationBuilder(PlatformTestApplication.class)
                .properties(
                        "server.port=0", "spring.main.banner-mode=off", "logging.structured.format.console=" + format)
                .run();
    }

    private static void get(ConfigurableApplicationContext service, String requestId) {
        RestClient.builder()
                .baseUrl("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build()
                .get()
                .uri("/api/v1/things/t-1")
                .header(RequestIdFilter.HEADER, requestId)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .retrieve()
                .toBodilessEntity();
    }

    private static List<String> jsonLines(CapturedOutput output, String requestId) {
        return output.getOut()
                .lines()
                .filter(line -> line.startsWith("{") && line.contains(requestId) && line.contains("access"))
                .toList();
    }
}
