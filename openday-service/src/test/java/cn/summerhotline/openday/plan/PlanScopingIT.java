package cn.summerhotline.openday.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A district sees and submits its own plan only; only the city bureau office decides. */
class PlanScopingIT extends PlanCalls {

    @Test
    void shouldShowADistrictOnlyItsOwnPlan() {
        submit(XUHUI_ADMIN, "徐汇区方案").expect(201);
        submit(JIADING_ADMIN, "嘉定区方案").expect(201);

        JsonNode jiading = board(JIADING_ADMIN).expect(200).json();

        assertThat(jiading.path("plans")).hasSize(1);
        assertThat(jiading.path("plans").get(0).path("district").asString()).isEqualTo("jiading");
        assertThat(jiading.path("submitted").valueStream().map(JsonNode::asString))
                .containsExactly("jiading");
        assertThat(jiading.path("missing")).isEmpty();
        assertThat(jiading.toString()).doesNotContain(planId("xuhui"), "徐汇区方案");
        get("/api/v1/openday/plans/" + planId("xuhui"), JIADING_ADMIN).refused(404, "not-found");
        get("/api/v1/openday/plans/" + planId("xuhui"), XUHUI_SYSTEM).expect(200);
        assertThat(board(CITY_ADMIN).json().path("plans")).hasSize(2);
    }

    @Test
    void shouldRefuseASubmissionForAnotherDistrictAndStoreNothing() {
        post(PLANS, JIADING_ADMIN, json("district", "xuhui", "content", "冒名方案", "activitiesSummary", "概要"))
                .refused(403, "not-your-district");
        submit(TestTokens.districtAdmin("corps"), "总队方案").refused(403, "not-your-district");
        submit(TestTokens.districtAdmin("lingang"), "临港方案").refused(403, "not-your-district");
        submit(CITY_ADMIN, "市局方案").refused(403, "forbidden");
        submit(TestTokens.squadOfficer("xuhui", "xuhui-tianping"), "中队方案").refused(403, "forbidden");

        assertThat(stored("district_plans")).isEmpty();
    }

    @Test
    void shouldLetOnlyTheCityBureauDecide() {
        submit(XUHUI_ADMIN, "徐汇区方案").expect(201);
        var before = stored("district_plans");

        decide(planId("xuhui"), JIADING_ADMIN, "ACCEPT", null).refused(403, "forbidden");
        decide(planId("xuhui"), XUHUI_ADMIN, "ACCEPT", null).refused(403, "forbidden");
        decide(planId("xuhui"), TestTokens.reviewer("city", null), "ACCEPT", null)
                .refused(403, "forbidden");
        board(TestTokens.media()).refused(403, "forbidden");

        assertThat(stored("district_plans")).isEqualTo(before);
        decide(planId("xuhui"), CITY_ADMIN, "ACCEPT", null).expect(200);
    }
}
