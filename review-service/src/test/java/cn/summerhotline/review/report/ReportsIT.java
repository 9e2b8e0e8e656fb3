package cn.summerhotline.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.StoredItems;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The public's reports as a citizen sends them through the gateway: one per client, a client named by a keyed
 * hash of its token or address, the reason masked, a bounded number per client, bad input and unpublished items
 * refused with nothing stored. Hiding after reports is {@link ReportHidingIT}'s.
 */
class ReportsIT extends ReportingApi {

    @Autowired
    ReviewItems reviewItems;

    @Test
    void shouldCountOneReportPerClientAndAnswerARepeatWithTheFirst() {
        String id = published("a-1");

        JsonNode first = report("203.0.113.7", id).expect(202).json();
        JsonNode again = report("203.0.113.7", id).expect(202).json();

        assertThat(again).isEqualTo(first);
        assertThat(first.path("reviewId").asString()).isEqualTo(id);
        JsonNode item = item(id);
        assertThat(item.path("reports").asInt()).isOne();
        assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(item.path("history").findValuesAsString("step"))
                .filteredOn("REPORTED"::equals)
                .hasSize(1);
    }

    @Test
    void shouldNameAClientByItsTokenWhereverItCallsFromAndElseByItsAddress() {
        String id = published("a-1");
        String citizen = TestTokens.media();

        report("203.0.113.7", citizen, json("reviewId", id, "reason", "不实")).expect(202);
        report("198.51.100.9", citizen, json("reviewId", id, "reason", "不实")).expect(202);
        report("203.0.113.7", id).expect(202);

        assertThat(item(id).path("reports").asInt()).isEqualTo(2);
    }

    @Test
    void shouldStoreOnlyAKeyedHashOfTheClientAndTheReasonWithItsNumbersMasked() {
        String id = published("a-1");

        report("203.0.113.77", null, json("reviewId", id, "reason", "我的电话 13912345678，内容不实"))
                .expect(202);

        Document stored = stored(id);
        String client = stored.getList("reports", Document.class).get(0).getString("client");
        assertThat(client).hasSize(22).doesNotContain("203.0.113.77");
        assertThat(stored.toJson()).doesNotContain("203.0.113.77").doesNotContain("13912345678");
        JsonNode entry = last(item(id).path("history"));
        assertThat(entry.path("step").asString()).isEqualTo("REPORTED");
        assertThat(entry.path("actor").asString()).isEqualTo("public");
        assertThat(entry.path("reason").asString()).isEqualTo("我的电话 139****5678，内容不实");
    }

    @Test
    void shouldAnswer404ForWhatIsNotPublishedAndStoreNothing() {
        String pending = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        Document before = stored(pending);

        report("203.0.113.1", pending).refused(404, "not-found");
        report("203.0.113.1", "7d4c2b1a-3e5f-4a6b-8c9d-0e1f2a3b4c5d").refused(404, "not-found");

        assertThat(stored(pending)).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadInputWith400AndStoreNothing() {
        String id = published("a-1");
        Document before = stored(id);

        for (String body : new String[] {
            json("reason", "不实"),
            json("reviewId", id),
            json("reviewId", id, "reason", " "),
            json("reviewId", "not-an-id", "reason", "不实"),
            json("reviewId", id, "reason", "长".repeat(501)),
            json("reviewId", id, "reason", 42),
            "{\"reviewId\": \"" + id + "\", \"reason\": \"不实\"} trailing",
            "[]"
        }) {
            Answer answer = report("203.0.113.1", null, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }

        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void shouldBoundHowManyItemsOneClientReportsInAWhile() {
        for (int i = 0; i < 20; i++) {
            String id = StoredItems.published(reviewItems, "bound-" + i, "标题", "正文");
            report("203.0.113.9", id).expect(202);
        }
        String oneMore = StoredItems.published(reviewItems, "bound-20", "标题", "正文");
        Document before = stored(oneMore);

        Answer refused = report("203.0.113.9", oneMore).refused(429, "too-many-requests");

        assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)))
                .isPositive();
        assertThat(stored(oneMore)).isEqualTo(before);
        report("203.0.113.10", oneMore).expect(202);
    }

    @Test
    void shouldTakeReportsAtThePublicNamespacesPathAlike() {
        String id = published("a-1");

        JsonNode first = report("203.0.113.1", id).expect(202).json();
        JsonNode again = ServiceClient.on(port)
                .post()
                .uri("/api/v1/reviews/public/reports")
                .header("X-Forwarded-For", "203.0.113.1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json("reviewId", id, "reason", "不实"))
                .retrieve()
                .body(JsonNode.class);

        assertThat(again).isEqualTo(first);
    }
}
