package cn.summerhotline.review.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.Items;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewItemSnapshot;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The stored shape of a review item, which the queues, the audit export and the statistics read by name. */
class ReviewItemDocumentsTest {

    @Test
    void shouldReadBackEverythingItWrote() {
        ReviewItem item = Items.published();
        item.takeDown(Items.CITY_REVIEWER, TakedownKind.PUBLIC_OPINION, "引发舆情", Items.T0.plusSeconds(900));
        item.revise(
                Items.version(Items.bySquad("x"), 2, "更正后", "event-2"),
                () -> Items.flaggingPhone("13912345678", 1),
                Items.T0.plusSeconds(1000));
        ReviewItemSnapshot snapshot = item.snapshot();

        assertThat(ReviewItemDocuments.read(ReviewItemDocuments.write(snapshot)))
                .isEqualTo(snapshot);
    }

    @Test
    void shouldStoreTheFieldsTheAuditTrailIsReadBy() {
        ReviewItem item = ReviewItem.submit(
                "r-1", Items.version(Items.bySquad("x"), 3, "标题", "event-3"), Screened.CLEAN, Items.T0);
        item.decide(Items.SQUAD_REVIEWER, Decision.REJECT, "图片模糊", 3, Items.T0.plusSeconds(60));

        Document d = ReviewItemDocuments.write(item.snapshot());

        assertThat(d.keySet())
                .containsExactly(
                        "_id",
                        "source",
                        "contentId",
                        "unit",
                        "squad",
                        "status",
                        "level",
                        "levelSince",
                        "versions",
                        "history",
                        "version",
                        "currentVersion",
                        "kind",
                        "title",
                        "appliedEvents");
        assertThat(ReviewItemDocuments.STORED_FIELDS)
                .containsAll(
                        d.keySet().stream().filter(key -> !key.equals("_id")).toList());
        assertThat(d.get("levelSince")).isEqualTo(Date.from(Items.T0));
        assertThat(d.getList("appliedEvents", String.class)).containsExactly("event-3");
        Document rejected = d.getList("history", Document.class).get(2);
        assertThat(rejected)
                .containsEntry("step", "REJECTED")
                .containsEntry("status", "REJECTED")
                .containsEntry("level", "SQUAD")
                .containsEntry("contentVersion", 3)
                .containsEntry("actor", "xuhui-squad-reviewer")
                .containsEntry("unit", "xuhui")
                .containsEntry("reason", "图片模糊")
                .containsEntry("at", Date.from(Items.T0.plusSeconds(60)));
        Document version = d.getList("versions", Document.class).get(0);
        assertThat(version.keySet())
                .containsExactly(
                        "number",
                        "kind",
                        "title",
                        "body",
                        "mediaLinks",
                        "submittedBy",
                        "submittedAt",
                        "sourceEvent",
                        "matches");
        assertThat(version).containsEntry("kind", ContentKind.ARTICLE.name());
    }

    @Test
    void shouldSendEveryPendingEventWithTheUnitAsTheRoutingKeysLastSegment() {
        ReviewItem city = ReviewItem.submit(
                "r-2",
                new cn.summerhotline.review.workflow.model.Submission(
                        "publicity-service",
                        "c-1",
                        null,
                        Items.content("市局稿件"),
                        new cn.summerhotline.review.workflow.model.Origin("city", null),
                        new Actor("city-admin", "city", null),
                        null),
                Items.blockingWord("机密", 0),
                Items.T0);

        List<OutgoingEvent> events = new ReviewItemMapping().events(city);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.routingKey()).isEqualTo("review.rejected.city");
            assertThat(e.type()).isEqualTo("summerhotline.review.rejected.v1");
            assertThat(e.subject()).isEqualTo("r-2");
        });
    }
}
