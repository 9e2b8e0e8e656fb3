package cn.summerhotline.review.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.StoredItems;
import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.testsupport.Answer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the public reads without an account: published content, masked, and nothing else at all. */
class PublicReadIT extends ReviewApi {

    @Autowired
    ReviewItems reviewItems;

    private Answer publicRead(String id) {
        return get("/api/v1/reviews/public/" + id, null);
    }

    @Test
    void shouldShowPublishedContentWithPhoneNumbersMaskedAndNothingOfTheReview() {
        String id = published("a-1");
        String body = "天平街道中队走进社区，咨询电话 13912345678，身份证 310104198001011234。";
        String withPhone = submit(
                        OFFICER,
                        json(
                                "source", "publicity-service",
                                "contentId", "a-2",
                                "kind", "ARTICLE",
                                "title", "夏季专项执法行动 联系 021-64321234",
                                "body", body))
                .path("id")
                .asString();
        approve(withPhone, SQUAD_REVIEWER, 1);
        approve(withPhone, DISTRICT_REVIEWER, 1);
        approve(withPhone, CITY_REVIEWER, 1);

        Answer answer = publicRead(withPhone).expect(200);

        JsonNode read = answer.json();
        assertThat(read.path("body").asString())
                .startsWith("天平街道中队走进社区，咨询电话 139****5678，身份证 ")
                .doesNotContain("310104198001011234");
        assertThat(read.path("title").asString()).doesNotContain("64321234").contains("021-****1234");
        assertThat(read.path("kind").asString()).isEqualTo("ARTICLE");
        assertThat(read.path("source").asString()).isEqualTo("publicity-service");
        assertThat(read.path("unit").asString()).isEqualTo("xuhui");
        assertThat(read.path("publishedAt").asString()).endsWith("+08:00");
        assertThat(read.path("id").asString()).isEqualTo(withPhone);
        assertThat(answer.text())
                .doesNotContain("13912345678")
                .doesNotContain("xuhui-squad-reviewer")
                .doesNotContain("xuhui-reviewer")
                .doesNotContain("city-reviewer")
                .doesNotContain("xuhui-officer");
        assertThat(read.has("history")).isFalse();
        assertThat(read.has("screening")).isFalse();
        assertThat(read.has("versions")).isFalse();
        assertThat(read.has("status")).isFalse();
        assertThat(publicRead(id).json().path("mediaLinks").get(0).asString())
                .isEqualTo("https://media.summerhotline.cn/xuhui/1.jpg");
    }

    @Test
    void shouldAnswer404AlikeForEverythingNotPublished() {
        String pending = submit(OFFICER, content("p-1", "待审核")).path("id").asString();
        String rejected = submit(OFFICER, content("r-1", "未通过")).path("id").asString();
        decision(rejected, SQUAD_REVIEWER, "REJECT", 1, "图片模糊").expect(200);
        String hidden = published("h-1");
        ReviewItem item = reviewItems.byId(hidden).orElseThrow();
        item.hideAfterReports(3, Instant.now());
        assertThat(reviewItems.update(item)).isPresent();
        String takenDown = published("t-1");
        post("/api/v1/reviews/" + takenDown + "/takedown", CITY_REVIEWER, json("kind", "UNTIMELY", "reason", "活动结束"))
                .expect(200);
        String unpublished = StoredItems.pending(reviewItems, "d-1", "区局待审", "正文");

        for (String id : new String[] {
            pending, rejected, hidden, takenDown, unpublished, "7d4c2b1a-3e5f-4a6b-8c9d-0e1f2a3b4c5d", "not-an-id"
        }) {
            Answer answer = publicRead(id).refused(404, "not-found");
            assertThat(answer.text()).as(id).doesNotContain("HIDDEN").doesNotContain("TAKEN_DOWN");
        }
        assertThat(publicRead(hidden).json().path("detail").asString())
                .isEqualTo(publicRead("7d4c2b1a-3e5f-4a6b-8c9d-0e1f2a3b4c5d")
                        .json()
                        .path("detail")
                        .asString()
                        .replace("7d4c2b1a-3e5f-4a6b-8c9d-0e1f2a3b4c5d", hidden));
    }

    @Test
    void shouldShowAHiddenItemAgainOnceTheCityRestoresIt() {
        String id = published("a-1");
        ReviewItem item = reviewItems.byId(id).orElseThrow();
        item.hideAfterScreening(java.util.List.of("违禁词"), Instant.now());
        assertThat(reviewItems.update(item)).isPresent();
        publicRead(id).refused(404, "not-found");

        post("/api/v1/reviews/" + id + "/restore", CITY_REVIEWER, json("reason", "复核后无问题"))
                .expect(200);

        assertThat(publicRead(id).json().path("title").asString()).isEqualTo("夏季专项执法行动");
    }
}
