package cn.summerhotline.openday.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The office's decisions, the return and resubmission of a plan, and the refusals that change nothing. */
class PlanDecisionsIT extends PlanCalls {

    @Test
    void shouldAcceptAPlanAwaitingADecisionOnceOnly() {
        submit(XUHUI_ADMIN, "徐汇区方案").expect(201);

        JsonNode accepted =
                decide(planId("xuhui"), CITY_ADMIN, "ACCEPT", null).expect(200).json();
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("decisions").get(0).path("decision").asString())
                .isEqualTo("ACCEPT");

        var before = stored("district_plans");
        JsonNode refused = decide(planId("xuhui"), CITY_ADMIN, "RETURN", "再改改")
                .refused(409, "plan-not-awaiting-decision")
                .json();
        assertThat(refused.path("title").asString()).isEqualTo("方案不在待审定状态");
        assertThat(refused.path("detail").asString()).contains("已采纳");
        assertThat(refused.path("state").asString()).isEqualTo("ACCEPTED");
        submit(XUHUI_ADMIN, "再报一次").refused(409, "plan-not-returned");
        assertThat(stored("district_plans")).isEqualTo(before);
    }

    @Test
    void shouldKeepTheHistoryWhenAReturnedPlanIsSubmittedAgain() {
        submit(XUHUI_ADMIN, "第一稿").expect(201);
        decide(planId("xuhui"), CITY_ADMIN, "RETURN", "请补充中队分会场安排。").expect(200);

        JsonNode again = submit(XUHUI_ADMIN, "第二稿：含天平中队分会场").expect(201).json();

        assertThat(again.path("status").asString()).isEqualTo("AWAITING_DECISION");
        assertThat(again.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(again.path("versions")
                        .valueStream()
                        .map(v -> v.path("content").asString()))
                .containsExactly("第一稿", "第二稿：含天平中队分会场");
        JsonNode decision = again.path("decisions").get(0);
        assertThat(decision.path("version").asInt()).isOne();
        assertThat(decision.path("comment").asString()).isEqualTo("请补充中队分会场安排。");
        assertThat(decide(planId("xuhui"), CITY_ADMIN, "ACCEPT", "")
                        .expect(200)
                        .json()
                        .path("decisions"))
                .hasSize(2);
    }

    @Test
    void shouldRefuseASecondSubmissionWhileTheFirstAwaitsADecision() {
        submit(XUHUI_ADMIN, "第一稿").expect(201);

        JsonNode refused =
                submit(XUHUI_SYSTEM, "又一稿").refused(409, "plan-not-returned").json();

        assertThat(refused.path("version").asInt()).isOne();
        assertThat(get("/api/v1/openday/plans/" + planId("xuhui"), CITY_ADMIN)
                        .json()
                        .path("versions"))
                .hasSize(1);
    }

    @Test
    void shouldRefuseAReturnWithoutACommentAndChangeNothing() {
        submit(XUHUI_ADMIN, "第一稿").expect(201);
        var before = stored("district_plans");

        JsonNode zh = decide(planId("xuhui"), CITY_ADMIN, "RETURN", " ")
                .refused(400, "invalid-request")
                .json();
        var en = call(
                        org.springframework.http.HttpMethod.POST,
                        "/api/v1/openday/plans/" + planId("xuhui") + "/decision",
                        CITY_ADMIN,
                        json("decision", "RETURN"),
                        "en")
                .refused(400, "invalid-request")
                .json();
        decide(planId("xuhui"), CITY_ADMIN, "MAYBE", "x").refused(400, "malformed-request");
        post(PLANS, XUHUI_ADMIN, json("content", "", "activitiesSummary", "概要")).refused(400, "invalid-request");
        post(PLANS, XUHUI_ADMIN, json("content", 12, "activitiesSummary", "概要")).expect(400);

        assertThat(zh.path("title").asString()).isEqualTo("请求无效");
        assertThat(zh.path("errors").get(0).path("field").asString()).isEqualTo("comment");
        assertThat(zh.path("errors").get(0).path("message").asString()).contains("退回时须写明意见");
        assertThat(en.path("errors").get(0).path("message").asString()).contains("Returning a plan needs a comment");
        assertThat(stored("district_plans")).isEqualTo(before);
    }

    @Test
    void shouldMakeOnePlanOfADistrictsSubmissionsAtOnce() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<Integer>> tasks = java.util.stream.IntStream.range(0, callers)
                    .mapToObj(i -> (Callable<Integer>) () -> {
                        start.await();
                        return submit(i % 2 == 0 ? XUHUI_ADMIN : XUHUI_SYSTEM, "方案 " + i)
                                .status();
                    })
                    .toList();
            List<Future<Integer>> answers = tasks.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(get("/api/v1/openday/plans/" + planId("xuhui"), CITY_ADMIN)
                            .json()
                            .path("versions"))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
