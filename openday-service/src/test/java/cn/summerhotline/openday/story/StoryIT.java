package cn.summerhotline.openday.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.data.mongodb.core.query.Query;

/** Citizens tell stories without an account; the review decides, the author follows it with a token. */
class StoryIT extends CloudApi {

    private Answer tell(String title, Object consent) {
        return post(
                "/api/v1/openday/public/2021/stories",
                null,
                json(
                        "title", title,
                        "text", "那天暴雨,城管队员帮我们把摊位搬进了屋檐下。联系我 13912345678。",
                        "pictureLink", "https://img.example.cn/story.jpg",
                        "author", "陈小红",
                        "consent", consent));
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
            assertThat(body)
                    .contains("\"kind\":\"STORY\"")
                    .doesNotContain("陈小红")
                    .doesNotContain("13912345678");
        }
        String id = told.json().path("id").asString();
        String token = told.json().path("token").asString();
        assertThat(get("/api/v1/openday/public/stories/" + id + "?token=" + token, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("IN_REVIEW");
        get("/api/v1/openday/public/stories/" + id + "?token=" + "A".repeat(32), null)
                .refused(404, "not-found");
        assertThat(get("/api/v1/openday/public/2021/stories", null).text()).doesNotContain(id);

        review("published", "s-1", "openday-service", id, 1, "city");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        get("/api/v1/openday/public/2021/stories", null).text().contains(id));
        String published = get("/api/v1/openday/public/2021/stories", null).text();
        assertThat(published).contains("陈**").doesNotContain("陈小红").doesNotContain("13912345678");
        assertThat(get("/api/v1/openday/public/stories/" + id + "?token=" + token, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PUBLISHED");
        Document stored = mongo.findOne(new Query(), Document.class, "stories");
        assertThat(stored.toJson()).doesNotContain(token).doesNotContain("陈小红");

        review("takendown", "s-2", "openday-service", id, 1, "city");
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
