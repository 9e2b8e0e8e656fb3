package cn.summerhotline.openday;

import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the open day, venue and plan API tests: the whole service, a test year of its own ({@link #YEAR},
 * set up before and removed after each test, beside the seeded 2021), the clock back at now, and calls as the
 * organisation's callers make them.
 */
@ServiceTest
public abstract class PlanningApi {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    /** A year no seed writes: each test's own. */
    protected static final int YEAR = 2031;

    protected static final String CITY_ADMIN = TestTokens.cityAdmin();
    protected static final String XUHUI_ADMIN = TestTokens.districtAdmin("xuhui");
    protected static final String JIADING_ADMIN = TestTokens.districtAdmin("jiading");
    protected static final String XUHUI_SYSTEM = TestTokens.integration("xuhui");

    @Autowired
    protected MongoOperations mongo;

    @Autowired
    protected AdjustableClock clock;

    @LocalServerPort
    protected int port;

    private RestClient http;

    /** An answer as the caller reads it. */
    @BeforeEach
    void testYear() {
        http = ServiceClient.on(port);
        removeTestYear();
        clock.reset();
        call(HttpMethod.PUT, "/api/v1/openday/" + YEAR, CITY_ADMIN, openDay("2031-07-15", "2031-07-05"))
                .expect(200);
    }

    @AfterEach
    void removeTestYear() {
        mongo.remove(Query.query(Criteria.where("_id").is(YEAR)), "open_days");
        mongo.remove(Query.query(Criteria.where("year").is(YEAR)), "venues");
        mongo.remove(Query.query(Criteria.where("year").is(YEAR)), "district_plans");
        mongo.remove(Query.query(Criteria.where("planId").regex("^" + YEAR + "-")), "idempotencyKeys");
        clock.reset();
    }

    /** Moves the service's clock to a Shanghai time, e.g. {@code 2031-07-05T23:59:59+08:00}. */
    protected void clockAt(String offsetDateTime) {
        clock.reset();
        clock.advance(Duration.between(
                clock.instant(), OffsetDateTime.parse(offsetDateTime).toInstant()));
    }

    protected Answer call(HttpMethod method, String path, String token, String json) {
        return call(method, path, token, json, Map.<String, String>of());
    }

    protected Answer call(HttpMethod method, String path, String token, String json, String language) {
        return call(
                method, path, token, json, language == null ? Map.of() : Map.of(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    protected Answer call(HttpMethod method, String path, String token, String json, Map<String, String> headers) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
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

    protected static String openDay(String date, String deadline) {
        return json("date", date, "theme", "守护城市，服务为民", "planDeadline", deadline);
    }

    /**
     * What is stored in a collection, to see a refusal changed nothing; without the outbox, which the relay empties
     * in its own time.
     */
    protected java.util.List<Document> stored(String collection) {
        java.util.List<Document> all = mongo.findAll(Document.class, collection);
        all.forEach(document -> {
            document.remove("outbox");
            document.remove("outboxLease");
        });
        return all;
    }
}
