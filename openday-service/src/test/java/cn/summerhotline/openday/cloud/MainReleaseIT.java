package cn.summerhotline.openday.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.RemoteService;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The main release is built from complaint-service's figures through its Feign client: with charts when they
 * come, nothing at all when complaint-service is slow, failing or has no complete figures.
 */
class MainReleaseIT extends CloudApi {

    @RegisterExtension
    static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        COMPLAINTS.register(registry);
        registry.add("spring.cloud.openfeign.client.config.complaint-service.read-timeout", () -> "500");
    }

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void resetBreakers() {
        breakers.getAllCircuitBreakers().forEach(breaker -> breaker.reset());
    }

    private static final String FIGURES = """
            {"from": "2021-01-01", "to": "2021-06-30", "groupBy": "district",
             "rows": [{"key": "xuhui", "received": 200, "handledOnTime": 190, "replied": 198, "overdue": 10,
                       "rated": 150, "averageSatisfaction": 4.6},
                      {"key": "jiading", "received": 100, "handledOnTime": 80, "replied": 99, "overdue": 20,
                       "rated": 50, "averageSatisfaction": null}],
             "total": {"key": "total", "received": 300, "handledOnTime": 270, "replied": 297, "overdue": 30,
                       "rated": 200, "averageSatisfaction": 4.55}}""";

    private Answer build() {
        return post("/api/v1/openday/2021/releases/main", CITY_ADMIN, null);
    }

    @Test
    void shouldBuildTheReleaseWithChartsAndHandItInForReview() {
        COMPLAINTS.answersJson("/api/v1/complaints/stats", FIGURES);
        on(LocalDate.of(2021, 7, 14));

        JsonNode release = build().expect(201).json();

        assertThat(release.path("kind").asString()).isEqualTo("MAIN_RELEASE");
        assertThat(release.path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(release.path("body").asString()).contains("300 件").contains("4.55");
        assertThat(release.path("chart").toString())
                .contains("\"label\":\"xuhui\"")
                .contains("4.6")
                .contains("80.0");
        assertThat(COMPLAINTS.received().get(0).getUrl())
                .contains("from=2021-01-01")
                .contains("to=2021-06-30")
                .contains("groupBy=district");
        assertThat(COMPLAINTS.received().get(0).getHeader("Authorization")).startsWith("Bearer ");
        post("/api/v1/openday/2021/releases/main", XUHUI_ADMIN, null).expect(403);
    }

    @Test
    void shouldBuildNothingWhenComplaintServiceIsSlow() {
        COMPLAINTS.isSlow(Duration.ofSeconds(2));
        on(LocalDate.of(2021, 7, 14));

        build().refused(503, "service-unavailable");
        assertThat(mongo.count(new Query(), "cloud_items")).isZero();
    }

    @Test
    void shouldBuildNothingWhenComplaintServiceFails() {
        on(LocalDate.of(2021, 7, 14));
        COMPLAINTS.answersProblem(500, "https://summerhotline.cn/problems/internal-error", "内部错误");
        build().refused(503, "service-unavailable");
        COMPLAINTS.isDown();
        build().refused(503, "service-unavailable");

        COMPLAINTS.answersJson(
                "/api/v1/complaints/stats",
                FIGURES.replace("\"averageSatisfaction\": 4.55", "\"averageSatisfaction\": null"));
        build().refused(409, "figures-incomplete");
        assertThat(mongo.count(new Query(), "cloud_items")).isZero();
    }
}
