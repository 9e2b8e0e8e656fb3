package cn.summerhotline.openday.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import tools.jackson.databind.JsonNode;

/**
 * Every item is handed in for review by event and is public only once review-service published it, only while
 * the open day is online, and gone at once on a takedown or hiding.
 */
class CloudReviewIT extends CloudApi {

    private boolean publiclyListed(String id) {
        return get("/api/v1/openday/public/2021/cloud", null).expect(200).text().contains(id);
    }

    @Test
    void shouldHandEveryItemInForReviewByItsSubmittedEvent() {
        try (EventTap tap = EventTap.bind(connectionFactory, "cloud-submitted-it", "openday.content.submitted.*")) {
            String id = submittedItem(XUHUI_ADMIN);

            Message message = tap.receive(10_000);
            assertThat(message).isNotNull();
            assertThat(message.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("openday.content.submitted.xuhui");
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("openday-content-submitted.v1.schema.json", body);
            JsonNode data = JSON.readTree(body).path("data");
            assertThat(data.path("contentId").asString()).isEqualTo(id);
            assertThat(data.path("unit").asString()).isEqualTo("xuhui");
            assertThat(data.path("mediaLinks").toString()).contains("https://img.example.cn/a.jpg");
        }
    }

    @Test
    void shouldShowAnItemOnlyOncePublishedAndOnlyWhileOnline() {
        String id = submittedItem(XUHUI_ADMIN);
        on(LocalDate.of(2021, 7, 13));
        assertThat(publiclyListed(id)).isFalse();
        get("/api/v1/openday/public/cloud/items/" + id, null).refused(404, "not-found");

        review("published", "e-other", "publicity-service", id, 1, "xuhui");
        review("published", "e-1", "openday-service", id, 1, "xuhui");
        await().atMost(Duration.ofSeconds(10)).until(() -> publiclyListed(id));
        assertThat(get("/api/v1/openday/public/cloud/items/" + id, null)
                        .expect(200)
                        .text())
                .contains("中共一大会址")
                .doesNotContain("IN_REVIEW");

        on(LocalDate.of(2021, 7, 17));
        assertThat(publiclyListed(id)).isFalse();
        get("/api/v1/openday/public/cloud/items/" + id, null).refused(404, "not-found");
    }

    @Test
    void shouldHideAPublishedItemAtOnceOnATakedownAndSayItIsHidden() {
        String id = submittedItem(XUHUI_ADMIN);
        on(LocalDate.of(2021, 7, 13));
        review("published", "e-1", "openday-service", id, 1, "xuhui");
        await().atMost(Duration.ofSeconds(10)).until(() -> publiclyListed(id));

        try (EventTap tap = EventTap.bind(connectionFactory, "cloud-hidden-it", "openday.content.hidden.*")) {
            review("takendown", "e-2", "openday-service", id, 1, "xuhui");
            await().atMost(Duration.ofSeconds(10)).until(() -> !publiclyListed(id));

            Message hidden = tap.receive(10_000);
            assertThat(hidden).isNotNull();
            EventContracts.assertValid(
                    "openday-content-hidden.v1.schema.json", new String(hidden.getBody(), StandardCharsets.UTF_8));
        }
        // A redelivered publication of the same event changes nothing: the takedown stands.
        review("published", "e-1", "openday-service", id, 1, "xuhui");
        review("hidden", "e-3", "openday-service", id, 1, "xuhui");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/openday/cloud/items/" + id, XUHUI_ADMIN)
                        .json()
                        .path("status")
                        .asString()
                        .equals("HIDDEN"));
        assertThat(publiclyListed(id)).isFalse();
    }

    @Test
    void shouldNotPublishAVersionTheReviewDidNotDecideOn() {
        String id = submittedItem(XUHUI_ADMIN);
        on(LocalDate.of(2021, 7, 13));
        review("published", "e-old", "openday-service", id, 2, "xuhui");
        review("rejected", "e-rej", "openday-service", id, 1, "xuhui");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/v1/openday/cloud/items/" + id, XUHUI_ADMIN)
                        .json()
                        .path("status")
                        .asString()
                        .equals("REJECTED"));
        assertThat(publiclyListed(id)).isFalse();
        get("/api/v1/openday/cloud/items/" + id, JIADING_ADMIN).refused(404, "not-found");
    }
}
