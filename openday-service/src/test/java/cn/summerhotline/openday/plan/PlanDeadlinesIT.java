package cn.summerhotline.openday.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Plans against the year's deadline: on time, late, missing, as the city bureau office follows them. */
class PlanDeadlinesIT extends PlanCalls {

    @Test
    void shouldTakeAPlanOnTimeUntilTheEndOfTheDeadlineDayInShanghai() {
        // A minute before the end (the clock runs on while the request is made); 16:00 UTC is midnight in Shanghai.
        clockAt("2031-07-05T23:59:00+08:00");

        JsonNode plan = submit(XUHUI_ADMIN, "徐汇区分会场方案").expect(201).json();

        assertThat(plan.path("id").asString()).isEqualTo(planId("xuhui"));
        assertThat(plan.path("status").asString()).isEqualTo("AWAITING_DECISION");
        assertThat(plan.path("late").asBoolean()).isFalse();
        assertThat(plan.path("versions").get(0).path("submittedBy").asString()).isEqualTo("xuhui-admin");
    }

    @Test
    void shouldMarkAPlanSubmittedFromTheDayAfterTheDeadlineLate() {
        clockAt("2031-07-06T00:00:00+08:00");

        JsonNode plan = submit(JIADING_ADMIN, "嘉定区分会场方案").expect(201).json();

        assertThat(plan.path("late").asBoolean()).isTrue();
        assertThat(plan.path("versions").get(0).path("late").asBoolean()).isTrue();
    }

    @Test
    void shouldShowTheOfficeSubmittedLateAndMissingDistricts() {
        clockAt("2031-07-01T10:00:00+08:00");
        submit(XUHUI_ADMIN, "徐汇区方案").expect(201);
        JsonNode before = board(CITY_ADMIN).expect(200).json();
        assertThat(before.path("deadlinePassed").asBoolean()).isFalse();
        assertThat(before.path("missing")).hasSize(15);

        clockAt("2031-07-08T10:00:00+08:00");
        submit(TestTokens.districtAdmin("pudong"), "浦东新区方案").expect(201);
        JsonNode board = board(CITY_ADMIN).expect(200).json();

        assertThat(board.path("deadlinePassed").asBoolean()).isTrue();
        assertThat(board.path("planDeadline").asString()).isEqualTo("2031-07-05");
        assertThat(codes(board.path("submitted"))).containsExactly("xuhui", "pudong");
        assertThat(codes(board.path("late"))).containsExactly("pudong");
        assertThat(codes(board.path("missing")))
                .hasSize(14)
                .contains("huangpu", "songjiang", "chongming")
                .doesNotContain("xuhui", "pudong", "corps", "lingang");
        assertThat(board.path("plans")).hasSize(2);
    }

    @Test
    void shouldJudgeLatenessByTheDeadlineTheCityAdminSetForTheYear() {
        call(HttpMethod.PUT, "/api/v1/openday/" + YEAR, CITY_ADMIN, openDay("2031-07-15", "2031-07-10"))
                .expect(200);
        clockAt("2031-07-08T10:00:00+08:00");

        assertThat(submit(XUHUI_ADMIN, "徐汇区方案").expect(201).json().path("late").asBoolean())
                .isFalse();
        assertThat(board(CITY_ADMIN).json().path("late")).isEmpty();
    }

    @Test
    void shouldRefuseADeadlineAfterTheOpenDayAndChangeNothing() {
        var before = stored("open_days");

        call(HttpMethod.PUT, "/api/v1/openday/" + YEAR, CITY_ADMIN, openDay("2031-07-15", "2031-07-16"))
                .refused(400, "invalid-request");
        call(HttpMethod.PUT, "/api/v1/openday/" + YEAR, XUHUI_ADMIN, openDay("2031-07-15", "2031-07-01"))
                .refused(403, "forbidden");

        assertThat(stored("open_days")).isEqualTo(before);
    }

    @Test
    void shouldAnswerAYearWithoutAnOpenDay404() {
        post("/api/v1/openday/2032/plans", XUHUI_ADMIN, json("content", "方案", "activitiesSummary", "概要"))
                .refused(404, "not-found");
    }

    private static List<String> codes(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
