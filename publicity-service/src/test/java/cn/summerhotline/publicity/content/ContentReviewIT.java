package cn.summerhotline.publicity.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.publicity.ReviewEvents;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Content handed in by event to review-service's contract, and its status following review-service's events, each
 * applied once; only published content is public, and a takedown hides it at once.
 */
class ContentReviewIT extends PublicityApi {

    @Autowired
    ConnectionFactory connectionFactory;

    ReviewEvents review;

    @BeforeEach
    void programme() {
        importTestYear();
        review = new ReviewEvents(connectionFactory);
    }

    private JsonNode attach(String token, int project) {
        return post(
                        "/api/v1/publicity/projects/" + project(project) + "/contents",
                        token,
                        json(
                                "kind", "ARTICLE",
                                "title", "徐汇城管开展预防群租安全隐患巡回宣讲",
                                "body", "徐汇区局法治科联合专业中队在全区 13 个街镇开展巡回宣讲。",
                                "mediaLinks", List.of("https://media.summerhotline.cn/xuhui/1.jpg")))
                .expect(201)
                .json();
    }

    private JsonNode content(String id) {
        return get("/api/v1/publicity/contents/" + id, CITY_ADMIN).expect(200).json();
    }

    private static JsonNode envelope(Message message) {
        assertThat(message).as("an event").isNotNull();
        return JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldHandContentInByTheSharedContractAtTheLevelItsUnitStartsAt() {
        try (EventTap tap =
                EventTap.bind(connectionFactory, "publicity-submitted-it", "publicity.content.submitted.*")) {
            JsonNode district = attach(XUHUI_ADMIN, 4);
            Message message = tap.receive(10_000);
            String text = new String(message.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("publicity-content-submitted.v1.schema.json", text);
            JsonNode data = JSON.readTree(text).path("data");
            assertThat(message.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("publicity.content.submitted.xuhui");
            assertThat(data.path("contentId").asString())
                    .isEqualTo(district.path("id").asString());
            assertThat(data.path("unit").asString()).isEqualTo("xuhui");
            assertThat(data.path("squad").isNull()).isTrue();
            assertThat(district.path("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(district.path("level").asString()).isEqualTo("DISTRICT");

            JsonNode squad = attach(XUHUI_OFFICER, 4);
            assertThat(squad.path("level").asString()).isEqualTo("SQUAD");
            assertThat(envelope(tap.receive(10_000)).path("data").path("squad").asString())
                    .isEqualTo("xuhui-tianping");
            JsonNode city = attach(CITY_ADMIN, 4);
            assertThat(city.path("level").asString()).isEqualTo("CITY");
            assertThat(envelope(tap.receive(10_000)).path("data").path("unit").asString())
                    .isEqualTo("city");
        }
        post(
                        "/api/v1/publicity/projects/" + project(4) + "/contents",
                        JIADING_ADMIN,
                        json("kind", "ARTICLE", "title", "标题", "body", "正文"))
                .refused(404, "not-found");
        post(
                        "/api/v1/publicity/projects/" + project(7) + "/contents",
                        XUHUI_ADMIN,
                        json("kind", "ARTICLE", "title", "标题", "body", "正文"))
                .refused(404, "not-found");
    }

    @Test
    void shouldPublishOnceAndHideAtOnceWhenTakenDown() {
        String id = attach(XUHUI_ADMIN, 4).path("id").asString();
        String publicList = "/api/v1/publicity/public/" + YEAR + "/contents";
        assertThat(get(publicList, null).expect(200).json().path("total").asLong())
                .isZero();

        try (EventTap tap =
                        EventTap.bind(connectionFactory, "publicity-published-it", "publicity.content.published.*");
                EventTap down =
                        EventTap.bind(connectionFactory, "publicity-takendown-it", "publicity.content.takendown.*")) {
            String event = review.published(id, 1, "xuhui");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> content(id).path("status").asString().equals("PUBLISHED"));
            review.send(event, "publicity-service", "published", id, 1, "xuhui", "");
            Message first = tap.receive(10_000);
            String published = new String(first.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("publicity-content-published.v1.schema.json", published);

            JsonNode page = get(publicList, null).expect(200).json();
            assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(id);
            assertThat(page.path("items").get(0).has("submitter")).isFalse();
            assertThat(get("/api/v1/publicity/projects/" + project(4), CITY_ADMIN)
                            .json()
                            .path("published")
                            .asInt())
                    .isEqualTo(1);

            review.takenDown(id, 1, "xuhui");
            await().atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> get(publicList, null).json().path("total").asLong() == 0);
            String takenDown = new String(down.receive(10_000).getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("publicity-content-takendown.v1.schema.json", takenDown);
            // The redelivered publication was applied once: one published event (the relay may repeat its id).
            for (Message m = tap.receive(500); m != null; m = tap.receive(500)) {
                assertThat(m.getMessageProperties().getMessageId())
                        .isEqualTo(first.getMessageProperties().getMessageId());
            }
        }
        assertThat(content(id).path("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(get("/api/v1/publicity/projects/" + project(4), CITY_ADMIN)
                        .json()
                        .path("published")
                        .asInt())
                .isZero();
    }

    @Test
    void shouldShowARejectionWithItsReasonAndIgnoreOtherOwnersAndOlderVersions() {
        String id = attach(XUHUI_ADMIN, 4).path("id").asString();

        review.send(java.util.UUID.randomUUID().toString(), "openday-service", "published", id, 1, "xuhui", "");
        review.rejected(id, 1, "xuhui", "DISTRICT", "图片含有未遮挡的车牌。");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> content(id).path("status").asString().equals("REJECTED"));
        JsonNode rejected = content(id);
        assertThat(rejected.path("reason").asString()).isEqualTo("图片含有未遮挡的车牌。");
        assertThat(rejected.path("level").asString()).isEqualTo("DISTRICT");

        post("/api/v1/publicity/contents/" + id + "/submit", XUHUI_ADMIN, null).expect(200);
        post("/api/v1/publicity/contents/" + id + "/submit", XUHUI_ADMIN, null).refused(409, "content-not-editable");
        review.published(id, 1, "xuhui");
        review.hidden(id, 2, "xuhui");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> content(id).path("status").asString().equals("HIDDEN"));
        assertThat(content(id).path("contentVersion").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/publicity/public/" + YEAR + "/contents", null)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }
}
