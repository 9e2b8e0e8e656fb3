package cn.summerhotline.review.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.review.workflow.model.Items;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewItemSnapshot;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The public's reports and the hiding they lead to, as stored and as sent. */
class ReportsDocumentsTest {

    @Test
    void shouldStoreEachReportAsItsClientsHashAndTimeAndReadThemBack() {
        ReviewItem item = Items.published();
        item.report("hash-a", "内容不实", Items.T0);
        item.report("hash-b", "内容不实", Items.T0.plusSeconds(1));
        item.hideAfterScreening(List.of("违禁词"), Items.T0.plusSeconds(2));
        ReviewItemSnapshot snapshot = item.snapshot();

        Document d = ReviewItemDocuments.write(snapshot);

        assertThat(d.getList("reports", Document.class))
                .containsExactly(
                        new Document("client", "hash-a").append("at", Date.from(Items.T0)),
                        new Document("client", "hash-b").append("at", Date.from(Items.T0.plusSeconds(1))));
        assertThat(ReviewItemDocuments.STORED_FIELDS).contains("reports");
        assertThat(ReviewItemDocuments.read(d)).isEqualTo(snapshot);
    }

    @Test
    void shouldSendAHidingAsReviewHiddenOnTheUnitsKey() {
        ReviewItem item = Items.published();
        item.hideAfterReports(3, Items.T0);

        List<OutgoingEvent> events = new ReviewItemMapping().events(item);

        assertThat(events).last().satisfies(event -> {
            assertThat(event.routingKey()).isEqualTo("review.hidden.xuhui");
            assertThat(event.type()).isEqualTo("summerhotline.review.hidden.v1");
        });
    }
}
