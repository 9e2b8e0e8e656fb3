package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Takedown by the district (its own unit) and the city (any unit), restore by the city after reports. */
class ReviewTakedownIT extends ReviewApi {

    @Autowired
    ReviewItems reviewItems;

    private Answer takeDown(String id, String token, String kind, String reason) {
        return post("/api/v1/reviews/" + id + "/takedown", token, json("kind", kind, "reason", reason));
    }

    @Test
    void shouldLetTheDistrictReviewerTakeDownTheirUnitsPublishedContent() {
        String id = published("a-1");

        JsonNode item = takeDown(id, DISTRICT_REVIEWER, "PUBLIC_OPINION", "引发舆情")
                .expect(200)
                .json();

        assertThat(item.path("status").asString()).isEqualTo("TAKEN_DOWN");
        JsonNode entry = item.path("history").get(item.path("history").size() - 1);
        assertThat(entry.path("step").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(entry.path("takedownKind").asString()).isEqualTo("PUBLIC_OPINION");
        assertThat(entry.path("level").asString()).isEqualTo("DISTRICT");
        assertThat(entry.path("actor").asString()).isEqualTo("xuhui-reviewer");
        assertThat(entry.path("reason").asString()).isEqualTo("引发舆情");
    }

    @Test
    void shouldLetTheCityReviewerTakeDownAnyUnitsContent() {
        String id = published("a-1");

        JsonNode item =
                takeDown(id, CITY_REVIEWER, "UNTIMELY", "活动已结束").expect(200).json();

        assertThat(item.path("status").asString()).isEqualTo("TAKEN_DOWN");
    }

    @Test
    void shouldLetNeitherSquadReviewersNorOtherDistrictsNorAdminsTakeDown() {
        String id = published("a-1");
        var before = stored(id);

        takeDown(id, SQUAD_REVIEWER, "OTHER", "x").refused(403, "level-may-not");
        takeDown(id, JIADING_REVIEWER, "OTHER", "x").refused(404, "not-found");
        takeDown(id, CITY_ADMIN, "OTHER", "x").refused(403, "forbidden");
        takeDown(id, XUHUI_ADMIN, "OTHER", "x").refused(403, "forbidden");

        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void shouldTakeDownOnlyPublishedOrHiddenContent() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();

        Answer refused = takeDown(id, CITY_REVIEWER, "OTHER", "x").refused(409, "review-not-allowed");

        assertThat(refused.json().path("state").asString()).isEqualTo("PENDING");
        assertThat(refused.json().path("step").asString()).isEqualTo("TAKEN_DOWN");
    }

    @Test
    void shouldRefuseATakedownWithoutKindOrReason() {
        String id = published("a-1");

        takeDown(id, CITY_REVIEWER, "OTHER", " ").refused(400, "invalid-request");
        takeDown(id, CITY_REVIEWER, null, "x").refused(400, "invalid-request");
        takeDown(id, CITY_REVIEWER, "DISLIKED", "x").expect(400);

        assertThat(item(id).path("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void shouldRestoreAnItemHiddenAfterReportsOnlyByTheCity() {
        String id = published("a-1");
        hideAfterReports(id);
        String path = "/api/v1/reviews/" + id + "/restore";
        String body = json("reason", "复核后内容无问题");

        post(path, DISTRICT_REVIEWER, body).refused(403, "level-may-not");
        post(path, CITY_ADMIN, body).refused(403, "forbidden");
        JsonNode restored = post(path, CITY_REVIEWER, body).expect(200).json();

        assertThat(restored.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(restored.path("history").findValuesAsString("step")).endsWith("HIDDEN", "RESTORED");
        post(path, CITY_REVIEWER, body).refused(409, "review-not-allowed");
    }

    @Test
    void shouldTellHiddenAfterReportsFromTakenDownAndLetTheCityTakeAHiddenItemDown() {
        String id = published("a-1");
        hideAfterReports(id);
        assertThat(item(id).path("status").asString()).isEqualTo("HIDDEN");

        JsonNode item = takeDown(id, CITY_REVIEWER, "PUBLIC_OPINION", "复核确认引发舆情")
                .expect(200)
                .json();

        assertThat(item.path("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(get("/api/v1/reviews?status=TAKEN_DOWN", DISTRICT_REVIEWER)
                        .json()
                        .path("total")
                        .asInt())
                .isOne();
        assertThat(get("/api/v1/reviews?status=HIDDEN", TestTokens.reviewer("city", null))
                        .json()
                        .path("total")
                        .asInt())
                .isZero();
    }

    private void hideAfterReports(String id) {
        ReviewItem item = reviewItems.byId(id).orElseThrow();
        item.hideAfterReports(3, Instant.now());
        assertThat(reviewItems.update(item)).isPresent();
    }
}
