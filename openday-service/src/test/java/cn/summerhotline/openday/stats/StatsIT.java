package cn.summerhotline.openday.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The statistics count on-site registrations and check-ins (part 1's events) and media coverage (publicity-
 * service's) with the online figures, each event once however often it arrives, and stream them to dashboards.
 */
class StatsIT extends CloudApi {

    private void send(String routingKey, String id, String type, String data) {
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "test", "type": "%s", "time": "2021-07-15T02:00:00Z",
                 "subject": "s", "datacontenttype": "application/json", "data": %s}""".formatted(id, type, data);
        new RabbitTemplate(connectionFactory)
                .send(
                        Infrastructure.start().eventsExchange(),
                        routingKey,
                        MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
                                .setContentType("application/cloudevents+json")
                                .build());
    }

    private long total(String metric) {
        return get("/api/v1/openday/public/2021/stats", null)
                .json()
                .path("totals")
                .path(metric)
                .asLong();
    }

    @Test
    void shouldCountOnSiteAndMediaEventsOnceEach() {
        mongo.remove(new Query(), "stats_events");
        String placed = """
                {"registrationId": "r1", "sessionId": "s1", "venueId": "v1", "audience": "CITIZEN", "partySize": 3,
                 "at": "2021-07-10T02:00:00Z"}""";
        send("registration.confirmed.xuhui", "reg-1", "summerhotline.registration.confirmed.v1", placed);
        send("registration.confirmed.xuhui", "reg-1", "summerhotline.registration.confirmed.v1", placed);
        send("registration.checked-in.xuhui", "chk-1", "summerhotline.registration.checked-in.v1", placed);
        send("coverage.recorded.city", "cov-1", "summerhotline.coverage.recorded.v1", """
                {"coverageId": "c1", "projectId": "p9", "year": 2021, "theme": 3, "units": ["city-office"],
                 "outlet": "解放日报", "kind": "NEWSPAPER", "date": "2021-07-15", "link": "https://x.cn/1",
                 "readers": 1000, "views": 500, "unit": "city", "at": "2021-07-15T02:00:00Z"}""");

        await().atMost(Duration.ofSeconds(10)).until(() -> total("MEDIA_EXPOSURE") == 1500);
        await().atMost(Duration.ofSeconds(10)).until(() -> total("CHECK_INS") == 3);
        assertThat(total("REGISTRATIONS")).isEqualTo(3);
        assertThat(total("MEDIA_REPORTS")).isEqualTo(1);
        assertThat(get("/api/v1/openday/public/2021/stats", null)
                        .json()
                        .path("units")
                        .path("xuhui")
                        .path("CHECK_INS")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void shouldStreamTheCountsToDashboards() {
        Answer stream =
                get("/api/v1/openday/public/2021/stats/stream?seconds=1", null).expect(200);

        assertThat(stream.headers().getContentType().toString()).startsWith("text/event-stream");
        assertThat(stream.text()).contains("event:stats").contains("\"totals\"");
    }

    @Test
    void shouldRefuseABadVisitAndCountNothing() {
        post("/api/v1/openday/public/2021/visits", null, json("visitor", "x")).refused(400, "invalid-request");
        post("/api/v1/openday/public/2021/visits", null, json("visitor", "visitor-000000000001", "section", "NOPE"))
                .expect(400);
        assertThat(mongo.count(new Query(), "cloud_participants")).isZero();
    }
}
