package cn.summerhotline.publicity;

import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of the API tests: one service, the organisation's callers, calls as they would make them, and a test
 * year of its own ({@link #YEAR}: the 2021 plan imported for 2031) cleaned before each test, with the clock back
 * to now. The seeded 2021 programme is read, not changed.
 */
@ServiceTest
public abstract class PublicityApi {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final int YEAR = 2031;
    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    protected static final String CITY_ADMIN = TestTokens.cityAdmin();
    protected static final String XUHUI_ADMIN = TestTokens.districtAdmin("xuhui");
    protected static final String XUHUI_OFFICER = TestTokens.squadOfficer("xuhui", "xuhui-tianping");
    protected static final String JIADING_ADMIN = TestTokens.districtAdmin("jiading");
    protected static final String MEDIA = TestTokens.media();

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected MongoOperations mongo;

    @LocalServerPort
    protected int port;

    private RestClient http;

    /** An answer as the caller reads it. */
    @BeforeEach
    void cleanTestYearAndClock() {
        forget(YEAR);
        mongo.remove(new Query(), "idempotencyKeys");
        clock.reset();
        http = ServiceClient.on(port);
    }

    protected void forget(int year) {
        for (String collection : new String[] {"projects", "contents", "coverage"}) {
            mongo.remove(Query.query(Criteria.where("year").is(year)), collection);
        }
        mongo.remove(Query.query(Criteria.where("_id").is(year)), "programmes");
        mongo.remove(Query.query(Criteria.where("_id").is(year)), "import_reports");
    }

    /** Today in Shanghai is this day (10:00), by the service's clock. */
    protected void today(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(
                clock.instant(),
                day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant()));
    }

    protected Answer call(HttpMethod method, String path, String token, String json, String language) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        var answer = request.retrieve().toEntity(String.class);
        return new Answer(answer.getStatusCode().value(), answer.getHeaders(), answer.getBody());
    }

    protected Answer get(String path, String token) {
        return call(HttpMethod.GET, path, token, null, null);
    }

    protected Answer post(String path, String token, String json) {
        return call(HttpMethod.POST, path, token, json, null);
    }

    protected Answer put(String path, String token, String json) {
        return call(HttpMethod.PUT, path, token, json, null);
    }

    protected RestClient http() {
        return http;
    }

    /** The plan shipped with the service, as printed, for another year. */
    protected static ObjectNode plan(int year) {
        try (InputStream in = new ClassPathResource("plans/summer-hotline-2021.json").getInputStream()) {
            ObjectNode plan = (ObjectNode) JSON.readTree(in);
            plan.put("year", year);
            ObjectNode campaign = (ObjectNode) plan.path("campaign");
            campaign.put("start", year + "-07-12");
            campaign.put("end", year + "-08-20");
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed plan imported for {@link #YEAR} by the city admin. */
    protected JsonNode importTestYear() {
        return post(
                        "/api/v1/publicity/" + YEAR + "/imports",
                        CITY_ADMIN,
                        plan(YEAR).toString())
                .expect(201)
                .json();
    }

    protected static String project(int number) {
        return "p%d-%02d".formatted(YEAR, number);
    }

    protected static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }
}
