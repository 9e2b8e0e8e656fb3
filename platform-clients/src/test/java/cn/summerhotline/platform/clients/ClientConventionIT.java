package cn.summerhotline.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.RemoteService;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every Feign client of a service gets from platform-clients, seen by the caller of that service. */
@ServiceTest(classes = ClientTestApplication.class)
class ClientConventionIT {

    @RegisterExtension
    static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");

    static final String SERVICE_TOKEN = TestTokens.token("openday-service", "city", null, "CITY_ADMIN");

    static final String NOT_FOUND = "https://summerhotline.cn/problems/not-found";

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        COMPLAINTS.register(registry);
        registry.add("summer.clients.service-token", () -> SERVICE_TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    RestClient http;

    @BeforeEach
    void client() {
        http = ServiceClient.on(port);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void shouldPassOnTheCallersTokenAndRequestId() {
        COMPLAINTS.answersJson("/api/v1/complaints/stats", "{\"rated\":12,\"satisfied\":11}");
        String caller = TestTokens.districtAdmin("xuhui");

        var response = http.get()
                .uri("/api/v1/figures")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(caller))
                .header("X-Request-Id", "trace-figures-1")
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).path("rated").asInt()).isEqualTo(12);
        assertThat(COMPLAINTS.receivedToken()).isEqualTo(caller);
        assertThat(COMPLAINTS.receivedRequestId()).isEqualTo("trace-figures-1");
    }

    @Test
    void shouldCallWithTheServiceTokenWhenTheCallerHasNone() {
        COMPLAINTS.answersJson("/api/v1/complaints/stats", "{\"rated\":12}");

        var response = http.get().uri("/api/v1/figures/public").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(COMPLAINTS.receivedToken()).isEqualTo(SERVICE_TOKEN);
        // The id the service gave the request is the one the callee hears.
        assertThat(COMPLAINTS.receivedRequestId())
                .isEqualTo(response.getHeaders().getFirst("X-Request-Id"));
    }

    @Test
    void shouldAnswerACalleeTooSlow503ProblemInChineseNamingServiceAndOperation() {
        COMPLAINTS.isSlow(Duration.ofSeconds(6));

        var response = figures(null);

        assertUnavailable(response);
        JsonNode problem = json(response);
        assertThat(problem.path("title").asString()).isEqualTo("服务暂时不可用");
        assertThat(problem.path("detail").asString()).isEqualTo("暂时无法从投诉服务取得满意度统计，请稍后再试。");
        assertThat(problem.path("service").asString()).isEqualTo("complaint-service");
        assertThat(problem.path("operation").asString()).isEqualTo("stats");
    }

    @Test
    void shouldSayWhatIsMissingInEnglishWhenAskedAndAskTheCalleeInThatLanguage() {
        COMPLAINTS.isSlow(Duration.ofSeconds(6));

        var response = figures("en");

        assertUnavailable(response);
        assertThat(json(response).path("detail").asString())
                .isEqualTo("Cannot get the satisfaction figures from the complaint service for now; try again later.");
        assertThat(COMPLAINTS.lastHeader(HttpHeaders.ACCEPT_LANGUAGE)).isEqualTo("en");
    }

    @Test
    void shouldOpenTheBreakerAfterFailuresAndThenNotCallTheServiceAtAll() {
        COMPLAINTS.isDown();
        for (int i = 0; i < 4; i++) {
            assertUnavailable(figures(null));
        }
        int calls = COMPLAINTS.received().size();
        COMPLAINTS.answersJson("/api/v1/complaints/stats", "{\"rated\":12}");

        var whileOpen = figures(null);

        assertUnavailable(whileOpen);
        assertThat(json(whileOpen).path("detail").asString()).contains("投诉服务", "满意度统计");
        assertThat(COMPLAINTS.received()).hasSize(calls);
        assertThat(breakers.circuitBreaker("complaint-service.stats").getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void shouldAnswerACalleeFailure503() {
        COMPLAINTS.answersProblem(500, "https://summerhotline.cn/problems/internal-error", "内部错误");

        assertUnavailable(figures(null));
    }

    @Test
    void shouldAnswerACalleesNotFound404WithItsDetailAndKeepTheBreakerClosed() {
        COMPLAINTS.answersProblem(404, NOT_FOUND, "未找到", "投诉 c-9 不存在。");

        for (int i = 0; i < 6; i++) {
            var response = http.get()
                    .uri("/api/v1/figures/cases/c-9")
                    .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                    .retrieve()
                    .toEntity(String.class);

            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(404);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json(response);
            assertThat(problem.path("type").asString()).isEqualTo(NOT_FOUND);
            assertThat(problem.path("detail").asString()).isEqualTo("投诉服务中没有所需的记录：投诉 c-9 不存在。");
        }
        assertThat(breakers.circuitBreaker("complaint-service.complaint").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void shouldStillAnswerACalleesNotFound404WhenItsProblemTypeIsNoUri() {
        COMPLAINTS.answersProblem(404, "not a uri ::", "未找到", "投诉 c-9 不存在。");

        var response = http.get()
                .uri("/api/v1/figures/cases/c-9")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(404);
        assertThat(json(response).path("detail").asString()).isEqualTo("投诉服务中没有所需的记录：投诉 c-9 不存在。");
    }

    @Test
    void shouldAnswerARequestTheCalleeCannotTakeAsOurOwn500() {
        COMPLAINTS.answersProblem(400, "https://summerhotline.cn/problems/invalid-request", "请求无效");

        var response = figures(null);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(json(response).path("type").asString())
                .isEqualTo("https://summerhotline.cn/problems/internal-error");
    }

    private ResponseEntity<String> figures(String language) {
        var request = http.get()
                .uri("/api/v1/figures")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()));
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.retrieve().toEntity(String.class);
    }

    private static void assertUnavailable(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(json(response).path("type").asString())
                .isEqualTo("https://summerhotline.cn/problems/service-unavailable");
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return JsonMapper.builder().build().readTree(response.getBody());
    }
}
