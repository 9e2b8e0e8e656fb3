package cn.summerhotline.openday.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Citizens tell stories without an account about a district's squad; the three-level review from that squad
 * decides, the author follows it with a token.
 */
class StoryIT extends CloudApi {

    private Answer tell(String title, Object consent) {
        return tell(title, "xuhui", "xuhui-tianping", consent);
    }

    /** A story about a squad of a district, as a citizen's browser sends it (a null leaves the field out). */
    private Answer tell(String title, String district, String squad, Object consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("text", "那天暴雨,城管队员帮我们把摊位搬进了屋檐下。联系我 13912345678。");
        body.put("pictureLink", "https://img.example.cn/story.jpg");
        body.put("author", "陈小红");
        if (district != null) {
            body.put("district", district);
        }
        if (squad != null) {
            body.put("squad", squad);
        }
        body.put("consent", consent);
        return post("/api/v1/openday/public/2021/stories", null, JSON.writeValueAsString(body));
    }

    /** A 400 problem in Chinese (no Accept-Language) naming the one field it refused. */
    private static void refusedNaming(Answer answer, String field) {
        answer.refused(400, "invalid-request");
        assertThat(answer.json().path("title").asString()).isEqualTo("请求无效");
        assertThat(answer.json().path("errors")).hasSize(1);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(answer.json().path("errors").get(0).path("message").asString())
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void shouldPublishAStoryOnlyAfterTheReviewAndShowItsAuthorTheStatus() {
        on(LocalDate.of(2021, 7, 13));
        Answer told;
        try (EventTap tap = EventTap.bind(connectionFactory, "story-submitted-it", "openday.content.submitted.*")) {
            told = tell("雨夜里的城管队员", true).expect(201);
            Message message = tap.receive(10_000);
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("openday-content-submitted.v1.schema.json", body);
            // Under the district with the squad, so that review-service starts it at the squad's level.
            assertThat(message.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("openday.content.submitted.xuhui");
            JsonNode data = JSON.readTree(body).path("data");
            assertThat(data.path("kind").asString()).isEqualTo("STORY");
            assertThat(data.path("unit").asString()).isEqualTo("xuhui");
            assertThat(data.path("squad").asString()).isEqualTo("xuhui-tianping");
            assertThat(data.path("contentId").asString())
                    .isEqualTo(told.json().path("id").asString());
            assertThat(body).doesNotContain("陈小红").doesNotContain("13912345678");
        }
        String id = told.json().path("id").asString();
        String token = told.json().path("token").asString();
        JsonNode status = get("/api/v1/openday/public/stories/" + id + "?token=" + token, null)
                .json();
        assertThat(status.path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(status.path("district").asString()).isEqualTo("xuhui");
        assertThat(status.path("districtName").asString()).isEqualTo("徐汇区");
        get("/api/v1/openday/public/stories/" + id + "?token=" + "A".repeat(32), null)
                .refused(404, "not-found");
        assertThat(get("/api/v1/openday/public/2021/stories", null).text()).doesNotContain(id);

        try (EventTap tap = EventTap.bind(connectionFactory, "story-published-it", "openday.content.published.*")) {
            review("published", "s-1", "openday-service", id, 1, "xuhui");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> get("/api/v1/openday/public/2021/stories", null)
                            .text()
                            .contains(id));
            Message message = tap.receive(10_000);
            EventContracts.assertValid(
                    "openday-content-published.v1.schema.json", new String(message.getBody(), StandardCharsets.UTF_8));
            // Shown under the district it was reviewed for, as a squad's item of that district is.
            assertThat(message.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("openday.content.published.xuhui");
        }
        String published = get("/api/v1/openday/public/2021/stories", null).text();
        assertThat(published).contains("陈**").doesNotContain("陈小红").doesNotContain("13912345678");
        JsonNode shown = JSON.readTree(published).get(0);
        assertThat(shown.path("district").asString()).isEqualTo("xuhui");
        assertThat(shown.path("districtName").asString()).isEqualTo("徐汇区");
        assertThat(shown.has("squad")).as("only the district is shown").isFalse();
        assertThat(get("/api/v1/openday/public/stories/" + id + "?token=" + token, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PUBLISHED");
        Document stored = mongo.findOne(new Query(), Document.class, "stories");
        assertThat(stored.toJson()).doesNotContain(token).doesNotContain("陈小红");

        review("takendown", "s-2", "openday-service", id, 1, "xuhui");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !get("/api/v1/openday/public/2021/stories", null).text().contains(id));
    }

    @Test
    void shouldRefuseAStoryWithoutConsentAndKeepNothing() {
        on(LocalDate.of(2021, 7, 13));
        tell("没有同意", false).refused(400, "invalid-request");
        tell("没有同意", null).refused(400, "invalid-request");
        assertThat(mongo.count(new Query(), "stories")).isZero();
        assertThat(mongo.count(new Query(), "story_limits")).isZero();
    }

    @Test
    void shouldRefuseAStoryWithoutADistrictsSquadAndKeepAndSendNothing() {
        on(LocalDate.of(2021, 7, 13));
        try (EventTap tap = EventTap.bind(connectionFactory, "story-refused-it", "openday.content.submitted.*")) {
            refusedNaming(tell("未知区局", "atlantis", "atlantis-1", true), "district");
            refusedNaming(tell("市局不是区局", "city", "city-office", true), "district");
            refusedNaming(tell("执法总队不是区局", "corps", "corps-1", true), "district");
            refusedNaming(tell("没有区局", null, "xuhui-tianping", true), "district");
            refusedNaming(tell("别区的中队", "xuhui", "jiading-malu", true), "squad");
            refusedNaming(tell("没有中队", "xuhui", null, true), "squad");
            refusedNaming(tell("空白中队", "xuhui", " ", true), "squad");
            refusedNaming(tell("只有前缀", "xuhui", "xuhui-", true), "squad");
            refusedNaming(tell("大写中队", "xuhui", "xuhui-TianPing", true), "squad");
            assertThat(mongo.count(new Query(), "stories")).isZero();
            assertThat(mongo.count(new Query(), "story_limits")).isZero();

            // A good story sent last: the first event to arrive is its own, so none went out for the refused.
            String good = tell("天平街道的故事", true).expect(201).json().path("id").asString();
            Message first = tap.receive(10_000);
            assertThat(first.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("openday.content.submitted.xuhui");
            assertThat(JSON.readTree(new String(first.getBody(), StandardCharsets.UTF_8))
                            .path("subject")
                            .asString())
                    .isEqualTo(good);
            assertThat(tap.receive(500)).isNull();
        }
    }

    @Test
    void shouldLimitEachClientsStoriesPerHour() {
        on(LocalDate.of(2021, 7, 14));
        for (int i = 0; i < 5; i++) {
            tell("故事 " + i, true).expect(201);
        }
        Answer refused = tell("故事 6", true).refused(429, "too-many-requests");
        assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(mongo.count(new Query(), "stories")).isEqualTo(5);
    }
}
