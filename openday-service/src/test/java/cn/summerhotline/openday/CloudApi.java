package cn.summerhotline.openday;

import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.contracts.EventContracts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the cloud open day's API tests: the service on its port, a clean store and clock per test, the
 * day set by moving the clock, calls as callers make them and review-service's outcomes as it sends them.
 */
@ServiceTest
public abstract class CloudApi {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String CITY_ADMIN = TestTokens.cityAdmin();
    protected static final String XUHUI_ADMIN = TestTokens.districtAdmin("xuhui");
    protected static final String JIADING_ADMIN = TestTokens.districtAdmin("jiading");
    protected static final String XUHUI_REVIEWER = TestTokens.reviewer("xuhui", null);
    protected static final String CITY_REVIEWER = TestTokens.reviewer("city", null);

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected MongoOperations mongo;

    @Autowired
    protected ConnectionFactory connectionFactory;

    @LocalServerPort
    protected int port;

    private RestClient http;

    @BeforeEach
    void cleanStoreAndClock() {
        for (String collection : new String[] {
            "cloud_items",
            "cloud_calendars",
            "quizzes",
            "quiz_attempts",
            "stories",
            "story_limits",
            "cloud_counters",
            "cloud_participants",
            "cloud_participants"
        }) {
            mongo.remove(new Query(), collection);
        }
        clock.reset();
        http = ServiceClient.on(port);
    }

    /** Moves the service's clock to noon of the day in Shanghai. */
    protected void on(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(
                clock.instant(),
                day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    protected Answer call(HttpMethod method, String path, String token, String json) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        var answer = request.retrieve().toEntity(String.class);
        return new Answer(answer.getStatusCode().value(), answer.getHeaders(), answer.getBody());
    }

    protected Answer get(String path, String token) {
        return call(HttpMethod.GET, path, token, null);
    }

    protected Answer post(String path, String token, String json) {
        return call(HttpMethod.POST, path, token, json);
    }

    protected static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    /** A red check-in point handed in by the token's unit during preparation (21 June 2021); answers its id. */
    protected String submittedItem(String token) {
        on(LocalDate.of(2021, 6, 22));
        return post(
                        "/api/v1/openday/2021/cloud/items",
                        token,
                        json(
                                "section", "RED_CLASSICS",
                                "kind", "CHECK_IN_POINT",
                                "title", "中共一大会址红色打卡",
                                "body", "跟随城管队员走进中共一大会址。",
                                "imageLinks", java.util.List.of("https://img.example.cn/a.jpg"),
                                "checkInPlace", "中共一大会址"))
                .expect(201)
                .json()
                .path("id")
                .asString();
    }

    /**
     * review-service's outcome event ({@code published}, {@code rejected}, {@code takendown}, {@code hidden})
     * about a version of content, as review-service sends it: checked against its schema first.
     */
    protected void review(String event, String eventId, String source, String contentId, int version, String unit) {
        String extra = switch (event) {
            case "rejected" -> ", \"level\": \"CITY\", \"reason\": \"不合时宜\", \"automatic\": false";
            case "takendown" -> ", \"kind\": \"UNTIMELY\", \"level\": \"CITY\", \"reason\": \"不合时宜\"";
            case "hidden" -> ", \"cause\": \"REPORTS\", \"reports\": 3";
            default -> "";
        };
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "review-service", "type": "summerhotline.review.%s.v1",
                 "time": "2021-07-13T03:00:00Z", "subject": "r-%s", "datacontenttype": "application/json",
                 "data": {"reviewId": "r-%s", "source": "%s", "contentId": "%s", "contentVersion": %d,
                          "contentKind": "ARTICLE", "unit": "%s", "squad": null, "at": "2021-07-13T03:00:00Z"%s}}""".formatted(eventId, event, contentId, contentId, source, contentId, version, unit, extra);
        EventContracts.assertValid("review-" + event + ".v1.schema.json", envelope);
        Message message = MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/cloudevents+json")
                .setMessageId(eventId)
                .build();
        new RabbitTemplate(connectionFactory)
                .send(Infrastructure.start().eventsExchange(), "review." + event + "." + unit, message);
    }
}
