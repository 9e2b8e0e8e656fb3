package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.review.ReviewServiceTest;
import cn.summerhotline.review.ScriptedScreening;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the review workflow's API tests: one service (one Spring context with the scripted pre-screen), a
 * clean store, clock and word list per test, the organisation's callers, and calls as they would make them.
 */
@ReviewServiceTest
public abstract class ReviewApi {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final String OFFICER = TestTokens.squadOfficer("xuhui", "xuhui-tianping");
    protected static final String XUHUI_ADMIN = TestTokens.districtAdmin("xuhui");
    protected static final String CITY_ADMIN = TestTokens.cityAdmin();
    protected static final String SQUAD_REVIEWER = TestTokens.reviewer("xuhui", "xuhui-tianping");
    protected static final String OTHER_SQUAD_REVIEWER = TestTokens.reviewer("xuhui", "xuhui-lingyun");
    protected static final String DISTRICT_REVIEWER = TestTokens.reviewer("xuhui", null);
    protected static final String JIADING_REVIEWER = TestTokens.reviewer("jiading", null);
    protected static final String CITY_REVIEWER = TestTokens.reviewer("city", null);

    @Autowired
    protected ScriptedScreening screening;

    @Autowired
    protected AdjustableClock clock;

    @Autowired
    protected MongoOperations mongo;

    @LocalServerPort
    protected int port;

    private RestClient http;

    /** An answer as the caller reads it. */
    @BeforeEach
    void cleanStoreClockAndWords() {
        mongo.remove(new Query(), "review_items");
        mongo.remove(new Query(), "idempotencyKeys");
        clock.reset();
        screening.reset();
        http = ServiceClient.on(port);
    }

    protected Answer call(HttpMethod method, String path, String token, String json, String idempotencyKey) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return answer(request.retrieve().toEntity(String.class));
    }

    /** An answer of a request the test sent itself, read like the others. */
    protected static Answer answer(ResponseEntity<String> answer) {
        return new Answer(answer.getStatusCode().value(), answer.getHeaders(), answer.getBody());
    }

    protected Answer get(String path, String token) {
        return call(HttpMethod.GET, path, token, null, null);
    }

    protected Answer post(String path, String token, String json) {
        return call(HttpMethod.POST, path, token, json, null);
    }

    protected static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    /** A submission of content {@code contentId} by its owner publicity-service; unit and squad left to the caller. */
    protected static String content(String contentId, String title) {
        return json(
                "source",
                "publicity-service",
                "contentId",
                contentId,
                "kind",
                "ARTICLE",
                "title",
                title,
                "body",
                "天平街道中队走进社区，讲解群租的安全隐患。",
                "mediaLinks",
                java.util.List.of("https://media.summerhotline.cn/xuhui/1.jpg"));
    }

    /** Submits as {@code token} and answers the item (201 for a new one, 200 for a new version of a known one). */
    protected JsonNode submit(String token, String json) {
        Answer answer = post("/api/v1/reviews", token, json);
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return answer.json();
    }

    protected Answer decision(String id, String token, String decision, int version, String reason) {
        return post(
                "/api/v1/reviews/" + id + "/decisions",
                token,
                json("decision", decision, "version", version, "reason", reason));
    }

    protected JsonNode approve(String id, String token, int version) {
        return decision(id, token, "APPROVE", version, null).expect(200).json();
    }

    /** A squad article of Xuhui's Tianping squad, approved by the squad, the district and the city. */
    protected String published(String contentId) {
        String id = submit(OFFICER, content(contentId, "夏季专项执法行动")).path("id").asString();
        approve(id, SQUAD_REVIEWER, 1);
        approve(id, DISTRICT_REVIEWER, 1);
        assertThat(approve(id, CITY_REVIEWER, 1).path("status").asString()).isEqualTo("PUBLISHED");
        return id;
    }

    protected JsonNode item(String id) {
        return get("/api/v1/reviews/" + id, CITY_ADMIN).expect(200).json();
    }

    /** The stored document without the fields the outbox relay changes on its own. */
    protected Document stored(String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "review_items");
        if (document != null) {
            document.remove("outbox");
            document.remove("outboxLease");
        }
        return document;
    }

    protected long storedItems() {
        return mongo.count(new Query(), "review_items");
    }
}
