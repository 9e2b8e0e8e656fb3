package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Who decides at each level and unit, on which version, and what a repeated decision is answered. */
class ReviewDecisionsIT extends ReviewApi {

    private static final Map<String, String> REVIEWERS = Map.of(
            "squad", SQUAD_REVIEWER,
            "otherSquad", OTHER_SQUAD_REVIEWER,
            "district", DISTRICT_REVIEWER,
            "jiadingDistrict", JIADING_REVIEWER,
            "city", CITY_REVIEWER);

    @Test
    void shouldPassTheSquadTheDistrictAndTheCityToPublished() {
        String id = submit(OFFICER, content("a-1", "夏季专项执法行动")).path("id").asString();

        assertThat(approve(id, SQUAD_REVIEWER, 1).path("level").asString()).isEqualTo("DISTRICT");
        assertThat(approve(id, DISTRICT_REVIEWER, 1).path("level").asString()).isEqualTo("CITY");
        JsonNode published = approve(id, CITY_REVIEWER, 1);

        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("history").findValuesAsString("actor"))
                .containsExactly("xuhui-officer", "system", "xuhui-squad-reviewer", "xuhui-reviewer", "city-reviewer");
        assertThat(published.path("history").findValuesAsString("level"))
                .containsExactly("SQUAD", "SQUAD", "SQUAD", "DISTRICT", "CITY");
    }

    /**
     * Every kind of reviewer against an item of Xuhui's Tianping squad at every level: the reviewer of the level
     * decides; another level's finds the item moved on or not come (409); another unit's or squad's cannot see it
     * (404). Nothing changes on a refusal.
     */
    @ParameterizedTest(name = "{0} reviewer at {1} level: {2}")
    @CsvSource({
        "squad,           SQUAD,    200",
        "otherSquad,      SQUAD,    404",
        "district,        SQUAD,    409",
        "jiadingDistrict, SQUAD,    404",
        "city,            SQUAD,    409",
        "squad,           DISTRICT, 409",
        "otherSquad,      DISTRICT, 404",
        "district,        DISTRICT, 200",
        "jiadingDistrict, DISTRICT, 404",
        "city,            DISTRICT, 409",
        "squad,           CITY,     409",
        "otherSquad,      CITY,     404",
        "district,        CITY,     409",
        "jiadingDistrict, CITY,     404",
        "city,            CITY,     200"
    })
    void shouldLetOnlyTheReviewerOfTheItemsLevelAndUnitDecide(String reviewer, String level, int status) {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        List<String> chain = List.of(SQUAD_REVIEWER, DISTRICT_REVIEWER);
        for (int i = 0; i < List.of("SQUAD", "DISTRICT", "CITY").indexOf(level); i++) {
            approve(id, chain.get(i), 1);
        }
        var before = stored(id);

        Answer answer = decision(id, REVIEWERS.get(reviewer), "REJECT", 1, "不宜发布");

        switch (status) {
            case 200 ->
                assertThat(answer.expect(200).json().path("status").asString()).isEqualTo("REJECTED");
            case 409 -> {
                answer.refused(409, "other-level");
                assertThat(answer.json().path("level").asString()).isEqualTo(level);
            }
            default -> answer.refused(404, "not-found");
        }
        if (status != 200) {
            assertThat(stored(id)).isEqualTo(before);
        }
    }

    @Test
    void shouldLetNoOtherRoleDecide() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();

        for (String token : List.of(OFFICER, XUHUI_ADMIN, CITY_ADMIN, TestTokens.integration("xuhui"))) {
            decision(id, token, "APPROVE", 1, null).refused(403, "forbidden");
        }
        assertThat(item(id).path("level").asString()).isEqualTo("SQUAD");
    }

    @Test
    void shouldNotLetAnybodyApproveWhatTheySubmitted() {
        String officerWhoReviews =
                TestTokens.token("xuhui-officer", "xuhui", "xuhui-tianping", "SQUAD_OFFICER", "REVIEWER");
        String id = submit(officerWhoReviews, content("a-1", "标题")).path("id").asString();

        decision(id, officerWhoReviews, "APPROVE", 1, null).refused(403, "own-submission");

        assertThat(item(id).path("history").size()).isEqualTo(2);
        approve(id, SQUAD_REVIEWER, 1);
    }

    @Test
    void shouldRefuseADecisionOnAnItemThatHasMovedOn() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        approve(id, SQUAD_REVIEWER, 1);

        decision(id, SQUAD_REVIEWER, "APPROVE", 1, null).refused(409, "other-level");
        String published = published("a-2");
        decision(published, CITY_REVIEWER, "REJECT", 1, "撤回").refused(409, "review-not-allowed");
    }

    @Test
    void shouldRefuseADecisionOnAnOldVersion() {
        String id = submit(OFFICER, content("a-1", "第一版")).path("id").asString();
        submit(OFFICER, content("a-1", "第二版"));

        Answer stale = decision(id, SQUAD_REVIEWER, "APPROVE", 1, null).refused(409, "stale-version");

        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().path("detail").asString()).contains("第 2 版");
        approve(id, SQUAD_REVIEWER, 2);
    }

    @Test
    void shouldAnswerTheSameDecisionWithTheSameKeyWithTheFirstResult() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        String body = json("decision", "APPROVE", "version", 1);
        String path = "/api/v1/reviews/" + id + "/decisions";

        Answer first =
                call(HttpMethod.POST, path, SQUAD_REVIEWER, body, "decision-1").expect(200);
        Answer again =
                call(HttpMethod.POST, path, SQUAD_REVIEWER, body, "decision-1").expect(200);

        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("level")).isEqualTo(first.json().path("level"));
        assertThat(item(id).path("history").findValuesAsString("step")).containsOnlyOnce("APPROVED");
        call(
                        HttpMethod.POST,
                        path,
                        SQUAD_REVIEWER,
                        json("decision", "REJECT", "version", 1, "reason", "x"),
                        "decision-1")
                .refused(422, "idempotency-key-reused");
        call(HttpMethod.POST, path, SQUAD_REVIEWER, body, null).refused(409, "other-level");
    }

    @Test
    void shouldRefuseARejectionWithoutAReasonAndChangeNothing() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        var before = stored(id);

        for (String reason : new String[] {null, "  "}) {
            Answer refused = decision(id, SQUAD_REVIEWER, "REJECT", 1, reason).refused(400, "invalid-request");
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("reason");
        }
        post("/api/v1/reviews/" + id + "/decisions", SQUAD_REVIEWER, json("decision", "REJECT", "reason", "x"))
                .refused(400, "invalid-request");
        post("/api/v1/reviews/" + id + "/decisions", SQUAD_REVIEWER, json("decision", "MAYBE", "version", 1))
                .expect(400);
        assertThat(stored(id)).isEqualTo(before);
    }
}
