package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.Submission;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every review event reaches a consumer bound to the exchange, satisfies its schema in contracts/ and carries no
 * personal data. The relay of these tests has no schedule worth waiting for ({@code ReviewServiceTest}: a pass an
 * hour, no sweeps): an event that arrives at all left at once, woken by the write that stored it.
 */
class ReviewEventsIT extends ReviewApi {

    /** Far below the relay's hour: only the write's own wake-up can bring an event within it. */
    private static final long ARRIVAL_MILLIS = 10_000;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    ReviewItems reviewItems;

    private EventTap tap;

    @BeforeEach
    void listen() {
        tap = EventTap.bind(connectionFactory, "review-events-it", "review.#");
    }

    @AfterEach
    void stopListening() {
        tap.close();
    }

    @Test
    void shouldAnnounceTheCityBureausApprovalAsPublished() {
        String id = published("a-1");

        Message message = receive(id, "summerhotline.review.published.v1");

        JsonNode data = valid(message, "review-published.v1.schema.json", "review.published.xuhui");
        assertThat(data.path("reviewId").asString()).isEqualTo(id);
        assertThat(data.path("contentId").asString()).isEqualTo("a-1");
        assertThat(data.path("contentVersion").asInt()).isOne();
        assertThat(data.path("squad").asString()).isEqualTo("xuhui-tianping");
    }

    @Test
    void shouldAnnounceARejectionWithItsReasonMasked() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        decision(id, SQUAD_REVIEWER, "REJECT", 1, "联系人电话 139 1234 5678 不应公开").expect(200);

        JsonNode data = valid(
                receive(id, "summerhotline.review.rejected.v1"),
                "review-rejected.v1.schema.json",
                "review.rejected.xuhui");

        assertThat(data.path("reason").asString()).isEqualTo("联系人电话 139****5678 不应公开");
        assertThat(data.path("automatic").asBoolean()).isFalse();
        assertThat(data.path("level").asString()).isEqualTo("SQUAD");
    }

    @Test
    void shouldAnnounceThePreScreensRejectionOfCityContentOnTheCityKey() {
        screening.block("机密");
        String id = submit(CITY_ADMIN, content("c-1", "机密材料")).path("id").asString();

        JsonNode data = valid(
                receive(id, "summerhotline.review.rejected.v1"),
                "review-rejected.v1.schema.json",
                "review.rejected.city");

        assertThat(data.path("automatic").asBoolean()).isTrue();
        assertThat(data.path("reason").asString()).isEqualTo("预审拦截：机密（测试词表）");
        assertThat(data.path("squad").isNull()).isTrue();
    }

    @Test
    void shouldAnnounceATakedownAtOnceWithItsKindAndMaskedReason() {
        String id = published("a-1");
        receive(id, "summerhotline.review.published.v1");

        post(
                        "/api/v1/reviews/" + id + "/takedown",
                        CITY_REVIEWER,
                        json("kind", "PUBLIC_OPINION", "reason", "市民来电13912345678反映，身份证310104198001011234"))
                .expect(200);

        JsonNode data = valid(
                receive(id, "summerhotline.review.takendown.v1"),
                "review-takendown.v1.schema.json",
                "review.takendown.xuhui");
        assertThat(data.path("kind").asString()).isEqualTo("PUBLIC_OPINION");
        assertThat(data.path("level").asString()).isEqualTo("CITY");
        assertThat(data.path("reason").asString()).doesNotContain("13912345678").contains("139****5678");
    }

    /**
     * The time from a takedown request to its event's arrival at a consumer, over 100 takedowns, one after the
     * other: printed for the record, not asserted (a figure of the embedded store and broker on a shared machine).
     */
    @Test
    void shouldDeliverEveryOneOfAHundredTakedownsAndReportTheirLatency() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(publishedDirectly("bench-" + i));
        }
        List<Long> micros = new ArrayList<>();
        for (String id : ids) {
            long start = System.nanoTime();
            post("/api/v1/reviews/" + id + "/takedown", CITY_REVIEWER, json("kind", "UNTIMELY", "reason", "活动结束"))
                    .expect(200);
            receive(id, "summerhotline.review.takendown.v1");
            micros.add((System.nanoTime() - start) / 1_000);
        }

        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf(
                "Takedown request to event arrival, %d takedowns: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), sorted.get(49) / 1000.0, sorted.get(98) / 1000.0, sorted.get(99) / 1000.0);
        assertThat(sorted).hasSize(100);
    }

    /** A published item stored as the model makes it, without a hundred rounds of HTTP approvals. */
    private String publishedDirectly(String contentId) {
        Submission submission = new Submission(
                "publicity-service",
                contentId,
                1,
                new Content(ContentKind.ARTICLE, "标题", "正文", List.of()),
                new Origin("xuhui", null),
                new Actor("xuhui-admin", "xuhui", null),
                null);
        ReviewItem item = ReviewItem.submit(UUID.randomUUID().toString(), submission, Screened.CLEAN, Instant.now());
        item.decide(new Actor("xuhui-reviewer", "xuhui", null), Decision.APPROVE, null, 1, Instant.now());
        item.decide(new Actor("city-reviewer", "city", null), Decision.APPROVE, null, 1, Instant.now());
        assertThat(reviewItems.add(item)).isTrue();
        return item.id();
    }

    private JsonNode valid(Message message, String schema, String routingKey) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        EventContracts.assertValid(schema, body);
        assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo(routingKey);
        assertThat(body).doesNotContain("13912345678").doesNotContain("310104198001011234");
        return JSON.readTree(body).path("data");
    }

    /** The first message of this type about this item; others (earlier events of the same test) are passed over. */
    private Message receive(String subject, String type) {
        long deadline = System.currentTimeMillis() + ARRIVAL_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Message message = tap.receive(200);
            if (message != null) {
                JsonNode envelope = JSON.readTree(message.getBody());
                if (envelope.path("subject").asString().equals(subject)
                        && envelope.path("type").asString().equals(type)) {
                    return message;
                }
            }
        }
        throw new AssertionError("no " + type + " about " + subject + " within " + ARRIVAL_MILLIS + " ms");
    }
}
