package cn.summerhotline.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Hiding after reports, as the public and the channels see it: at the third client the item is HIDDEN with one
 * {@code review.hidden} event however many report at once, until the city bureau restores it; told apart from a
 * reviewer's takedown everywhere.
 */
class ReportHidingIT extends ReportingApi {

    private static final String HIDDEN = "summerhotline.review.hidden.v1";

    @Autowired
    ConnectionFactory connections;

    private EventQueue events;

    @BeforeEach
    void listen() {
        events = EventQueue.bound(connections, "review.#");
    }

    @AfterEach
    void stopListening() {
        events.close();
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
}
