package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.contracts.EventContracts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Owners hand content in by their <owner>.content.submitted events: each creates or revises the content's item, once
 * however often it arrives. Events are consumed in order on the queue, so a marker event sent last shows that
 * the ones before it were handled.
 */
class ContentSubmittedIT extends ReviewApi {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    ReviewItems reviewItems;

    private void send(String eventId, String contentId, int version, String title, String unit, String squad) {
        send(eventId, contentId, version, title, unit, squad, unit + "-admin");
    }

    private void send(
            String eventId, String contentId, int version, String title, String unit, String squad, String submitter) {
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "openday-service",
                 "type": "summerhotline.openday.content.submitted.v1", "time": "2021-07-13T03:00:00Z", "subject": "%s",
                 "datacontenttype": "application/json",
                 "data": {"source": "openday-service", "contentId": "%s", "version": %d, "kind": "STORY",
                          "title": "%s", "body": "暑假里，我跟着城管叔叔巡查了一天。", "mediaLinks": [],
                          "unit": "%s", "squad": %s, "submitter": "%s"}}""".formatted(
                        eventId,
                        contentId,
                        contentId,
                        version,
                        title,
                        unit,
                        squad == null ? "null" : "\"" + squad + "\"",
                        submitter);
        EventContracts.assertValid("openday-content-submitted.v1.schema.json", envelope);
        Message message = MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/cloudevents+json")
                .setMessageId(eventId)
                .build();
        new RabbitTemplate(connectionFactory)
                .send(Infrastructure.start().eventsExchange(), "openday.content.submitted." + unit, message);
    }

    /** Sends a marker event of its own content and waits until it is applied: everything sent before it was. */
    private void drained() {
        String marker = "marker-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), marker, 1, "标记", "xuhui", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> story(marker).isPresent());
    }

    private Optional<ReviewItem> story(String contentId) {
        return reviewItems.byContent("openday-service", contentId);
    }

    @Test
    void shouldCreateTheItemOfASubmittedStoryAtItsStartingLevel() {
        send("e-1", "story-1", 1, "我眼中的城管", "jiading", null);
        drained();

        ReviewItem item = story("story-1").orElseThrow();
        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(item.level()).isEqualTo(ReviewLevel.DISTRICT);
        assertThat(item.origin().unit()).isEqualTo("jiading");
        assertThat(item.current().submittedBy()).isEqualTo("jiading-admin");
        assertThat(item.current().sourceEvent()).isEqualTo("e-1");
        assertThat(get("/api/v1/reviews/" + item.id(), JIADING_REVIEWER)
                        .expect(200)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("我眼中的城管");
    }

    @Test
    void shouldStartACitizensStoryAboutASquadAtThatSquadsLevel() {
        // As openday-service hands a citizen's story in: under its district, with the squad it is about.
        send("e-1", "story-1", 1, "雨夜里的城管队员", "xuhui", "xuhui-tianping", "citizen");
        drained();

        ReviewItem item = story("story-1").orElseThrow();
        assertThat(item.level()).isEqualTo(ReviewLevel.SQUAD);
        assertThat(item.origin().squad()).isEqualTo("xuhui-tianping");
        assertThat(queue(SQUAD_REVIEWER)).contains(item.id());
        assertThat(queue(OTHER_SQUAD_REVIEWER)).doesNotContain(item.id());
        assertThat(queue(DISTRICT_REVIEWER)).as("not before its squad approved").doesNotContain(item.id());

        approve(item.id(), SQUAD_REVIEWER, 1);
        assertThat(queue(DISTRICT_REVIEWER)).contains(item.id());
        approve(item.id(), DISTRICT_REVIEWER, 1);
        assertThat(approve(item.id(), CITY_REVIEWER, 1).path("status").asString())
                .isEqualTo("PUBLISHED");
    }

    /** The ids in the reviewer's queue. */
    private List<String> queue(String reviewer) {
        return get("/api/v1/reviews", reviewer).expect(200).json().path("items").findValuesAsString("id");
    }

    @Test
    void shouldApplyTheSameEventOnceHoweverOftenItArrives() {
        send("e-1", "story-1", 1, "我眼中的城管", "xuhui", "xuhui-tianping");
        send("e-1", "story-1", 1, "我眼中的城管", "xuhui", "xuhui-tianping");
        drained();
        send("e-1", "story-1", 1, "我眼中的城管", "xuhui", "xuhui-tianping");
        drained();

        assertThat(mongo.count(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("contentId")
                                        .is("story-1")),
                        "review_items"))
                .isOne();
        ReviewItem item = story("story-1").orElseThrow();
        assertThat(item.history()).extracting(HistoryEntry::step).containsExactly(Step.SUBMITTED, Step.SCREENED);
        assertThat(screening.calls()).as("screened once, plus the markers").isEqualTo(3);
    }

    @Test
    void shouldReviseOnANewVersionAndIgnoreALateOne() {
        send("e-1", "story-1", 1, "第一版", "xuhui", null);
        drained();
        String id = story("story-1").orElseThrow().id();
        approve(id, DISTRICT_REVIEWER, 1);

        send("e-2", "story-1", 2, "第二版", "xuhui", null);
        send("e-0", "story-1", 1, "迟到的第一版", "xuhui", null);
        drained();

        ReviewItem item = story("story-1").orElseThrow();
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.current().number()).isEqualTo(2);
        assertThat(item.current().content().title()).isEqualTo("第二版");
        assertThat(item.level()).isEqualTo(ReviewLevel.DISTRICT);
        assertThat(item.history()).extracting(HistoryEntry::step).contains(Step.APPROVED, Step.REVISED);
        assertThat(item.versions()).hasSize(2);
    }

    @Test
    void shouldRejectABlockedStoryAtOnce() {
        screening.block("内部");
        send("e-1", "story-1", 1, "内部通报", "xuhui", null);
        drained();

        ReviewItem item = story("story-1").orElseThrow();
        assertThat(item.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(item.history().get(item.history().size() - 1).actor()).isEqualTo("system");
    }
}
