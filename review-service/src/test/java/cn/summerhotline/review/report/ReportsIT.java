package cn.summerhotline.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.EventQueue;
import cn.summerhotline.review.StoredItems;
import cn.summerhotline.review.report.application.ReportAllowance;
import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The public's reports as a citizen sends them through the gateway: no token, the gateway's {@code
 * X-Forwarded-For} naming the client (the test calls from loopback, the trusted proxy of the platform's
 * configuration, as the gateway does).
 */
class ReportsIT extends ReviewApi {

    private static final String HIDDEN = "summerhotline.review.hidden.v1";

    @Autowired
    ReportAllowance allowance;

    @Autowired
    ReviewItems reviewItems;

    @Autowired
    ConnectionFactory connections;

    private EventQueue events;

    @BeforeEach
    void listenAndForgetClients() {
        allowance.forgetAll();
        events = EventQueue.bound(connections, "review.#");
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    /** A report from the client at {@code address}, with a token when {@code token} is not null. */
    private Answer report(String address, String token, String body) {
        var request = ServiceClient.on(port)
                .post()
                .uri("/api/v1/reviews/reports")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return answer(request.retrieve().toEntity(String.class));
    }

    private Answer report(String address, String reviewId) {
        return report(address, null, json("reviewId", reviewId, "reason", "内容与事实不符"));
    }

    private Answer publicRead(String id) {
        return get("/api/v1/reviews/public/" + id, null);
    }

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
    void shouldHideAtTheThirdClientWithOneHiddenEventUntilTheCityRestoresIt() {
        String id = published("a-1");
        report("203.0.113.1", id).expect(202);
        report("203.0.113.2", id).expect(202);
        assertThat(publicRead(id).status()).isEqualTo(200);

        report("203.0.113.3", id).expect(202);

        JsonNode hidden = item(id);
        assertThat(hidden.path("status").asString()).isEqualTo("HIDDEN");
        assertThat(hidden.path("rereview").path("cause").asString()).isEqualTo("REPORTS");
        assertThat(last(hidden.path("history")).path("step").asString()).isEqualTo("HIDDEN");
        assertThat(last(hidden.path("history")).path("actor").asString()).isEqualTo("system");
        publicRead(id).refused(404, "not-found");
        JsonNode event = EventQueue.data(events.next(id, HIDDEN, "review-hidden.v1.schema.json"));
        assertThat(event.path("cause").asString()).isEqualTo("REPORTS");
        assertThat(event.path("reports").asInt()).isEqualTo(3);
        assertThat(event.path("unit").asString()).isEqualTo("xuhui");

        // While hidden: another client finds nothing to report, the ones who did hear their first answer.
        report("203.0.113.4", id).refused(404, "not-found");
        report("203.0.113.3", id).expect(202);

        JsonNode restored = post("/api/v1/reviews/" + id + "/restore", CITY_REVIEWER, json("reason", "复核后内容无问题"))
                .expect(200)
                .json();
        assertThat(restored.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(restored.path("reports").asInt()).isZero();
        assertThat(restored.path("rereview").isNull()).isTrue();
        events.next(id, "summerhotline.review.published.v1", "review-published.v1.schema.json");
        assertThat(events.received(id, HIDDEN)).hasSize(1);
        assertThat(publicRead(id).status()).isEqualTo(200);

        // Counted again from the restore: the earlier reporters count no more, two new clients do not hide it.
        report("203.0.113.1", id).expect(202);
        report("203.0.113.5", id).expect(202);
        report("203.0.113.6", id).expect(202);
        assertThat(item(id).path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(item(id).path("reports").asInt()).isEqualTo(2);
    }

    @Test
    void shouldHideOnceWhenManyClientsReportAtTheSameMoment() throws Exception {
        String id = published("a-1");
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String address = "198.51.100." + (i + 1);
            answers.add(pool.submit(() -> {
                start.await();
                return report(address, id).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // Taken (202), too late for a hidden item (404), or given up as the item kept changing (409): no other.
        assertThat(statuses).allMatch(status -> status == 202 || status == 404 || status == 409);
        JsonNode item = item(id);
        assertThat(item.path("history").findValuesAsString("step"))
                .filteredOn("REPORTED"::equals)
                .hasSize((int) statuses.stream().filter(status -> status == 202).count())
                .hasSize(3);
        assertThat(item.path("status").asString()).isEqualTo("HIDDEN");
        events.next(id, HIDDEN, "review-hidden.v1.schema.json");
        post("/api/v1/reviews/" + id + "/restore", CITY_REVIEWER, json("reason", "复核后内容无问题"))
                .expect(200);
        events.next(id, "summerhotline.review.published.v1", "review-published.v1.schema.json");
        assertThat(events.received(id, HIDDEN)).hasSize(1);
    }

    @Test
    void shouldTellHiddenAfterReportsFromTakenDownByAReviewer() {
        String reported = published("a-1");
        String takenDown = published("a-2");
        for (String address : new String[] {"203.0.113.1", "203.0.113.2", "203.0.113.3"}) {
            report(address, reported).expect(202);
        }
        post(
                        "/api/v1/reviews/" + takenDown + "/takedown",
                        CITY_REVIEWER,
                        json("kind", "PUBLIC_OPINION", "reason", "引发舆情"))
                .expect(200);

        JsonNode hidden = item(reported);
        JsonNode down = item(takenDown);
        assertThat(hidden.path("status").asString()).isEqualTo("HIDDEN");
        assertThat(down.path("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(down.path("rereview").isNull()).isTrue();
        assertThat(last(hidden.path("history")).path("takedownKind").isNull()).isTrue();
        assertThat(last(down.path("history")).path("step").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(get("/api/v1/reviews?status=HIDDEN", CITY_REVIEWER)
                        .json()
                        .path("items")
                        .findValuesAsString("id"))
                .containsExactly(reported);
        assertThat(events.next(takenDown, "summerhotline.review.takendown.v1", "review-takendown.v1.schema.json"))
                .isNotNull();
        assertThat(events.received(takenDown, HIDDEN)).isEmpty();
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

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
