package cn.summerhotline.publicity.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.RemoteService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Case studies from complaint-service through the platform's Feign convention, complaint-service stood in for by
 * WireMock: the list of resolved complaints when it answers, 503 saying the list is unavailable when it is slow,
 * failing or its breaker open, and a chosen case turned into draft content without personal data.
 */
class CaseStudiesIT extends PublicityApi {

    @RegisterExtension
    static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        COMPLAINTS.register(registry);
    }

    private static final String CASE = """
            {"id": "c-17", "trackingNumber": "5ZC1-TK9B-8RN", "category": "GROUP_RENTING", "status": "CLOSED",
             "district": "xuhui", "description": "李明反映天平路 12 号群租，联系电话 13912345678。",
             "resolution": "中队上门整治，房东王伟（电话 13812345678）已签承诺书。", "receivedAt": "2031-07-20T08:00:00+08:00",
             "reporter": {"name": "李明", "phone": "13912345678"}}""";

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void resetBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        importTestYear();
    }

    private String candidates(int project) {
        return "/api/v1/publicity/projects/" + project(project) + "/case-candidates";
    }

    @Test
    void shouldListTheResolvedComplaintsOfTheProjectsDistrictAndCategoriesWithoutPersonalData() {
        COMPLAINTS
                .server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/v1/complaints"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\": [" + CASE + "], \"page\": 0, \"size\": 10, \"total\": 1}")));

        JsonNode list = get(candidates(4), XUHUI_ADMIN).expect(200).json();

        // Project 4 asks for group renting in Xuhui: one query per resolved status.
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("trackingNumber").asString()).isEqualTo("5ZC1-TK9B-8RN");
        assertThat(list.toString()).doesNotContain("13912345678", "13812345678", "reporter", "李明");
        var request = COMPLAINTS.received().get(0);
        assertThat(request.queryParameter("district").firstValue()).isEqualTo("xuhui");
        assertThat(request.queryParameter("category").firstValue()).isEqualTo("GROUP_RENTING");
        assertThat(request.queryParameter("status").firstValue()).isEqualTo("RESOLVED");
        assertThat(COMPLAINTS.receivedToken()).isEqualTo(XUHUI_ADMIN);
        get(candidates(4), JIADING_ADMIN).refused(404, "not-found");
        get(candidates(4), XUHUI_OFFICER).refused(403, "forbidden");
    }

    @Test
    void shouldTurnAChosenCaseIntoDraftContentLinkedToItsTrackingNumber() {
        COMPLAINTS.answersJson("/api/v1/complaints/c-17", CASE);

        JsonNode draft = post(
                        "/api/v1/publicity/projects/" + project(4) + "/case-studies",
                        XUHUI_ADMIN,
                        json("complaintId", "c-17"))
                .expect(201)
                .json();

        assertThat(draft.path("caseTrackingNumber").asString()).isEqualTo("5ZC1-TK9B-8RN");
        assertThat(draft.path("title").asString()).isEqualTo("典型案例：徐汇区群租");
        assertThat(draft.path("body").asString())
                .contains("天平路 12 号群租")
                .doesNotContain("13912345678", "13812345678", "李明");
        JsonNode content = get(
                        "/api/v1/publicity/contents/" + draft.path("contentId").asString(), XUHUI_ADMIN)
                .json();
        assertThat(content.path("status").asString()).isEqualTo("DRAFT");
        assertThat(content.path("kind").asString()).isEqualTo("CASE_STUDY");
    }

    @Test
    void shouldAnswer503SayingTheListIsUnavailableWhenComplaintServiceIsSlow() {
        COMPLAINTS.isSlow(Duration.ofSeconds(5));

        Answer answer = get(candidates(4), XUHUI_ADMIN);

        answer.refused(503, "service-unavailable");
        assertThat(answer.json().path("detail").asString()).isEqualTo("暂时无法从投诉服务取得已办结投诉列表，请稍后再试。");
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("10");
    }

    @Test
    void shouldAnswer503WhenComplaintServiceFails() {
        COMPLAINTS.answersProblem(500, "https://summerhotline.cn/problems/internal-error", "内部错误");

        get(candidates(3), CITY_ADMIN).refused(503, "service-unavailable");
    }

    @Test
    void shouldStopCallingComplaintServiceOnceTheBreakerIsOpen() {
        COMPLAINTS.isDown();
        for (int i = 0; i < 4; i++) {
            get(candidates(4), XUHUI_ADMIN).refused(503, "service-unavailable");
        }
        int calls = COMPLAINTS.received().size();
        COMPLAINTS.answersJson("/api/v1/complaints", "{\"items\": [], \"total\": 0}");

        get(candidates(4), XUHUI_ADMIN).refused(503, "service-unavailable");

        assertThat(COMPLAINTS.received()).hasSize(calls);
        assertThat(breakers.circuitBreaker("complaint-service.list").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
