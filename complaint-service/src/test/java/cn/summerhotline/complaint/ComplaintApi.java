package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the complaint API tests: one service (one Spring context for all of them), a clean store per
 * test, a clock put back to now, and helpers that call the API as a given caller.
 */
@ServiceTest
public abstract class ComplaintApi {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoOperations mongo;

    @Autowired
    protected AdjustableClock clock;

    protected RestClient http;

    @BeforeEach
    void cleanStoreAndClock() {
        mongo.remove(new Query(), "complaints");
        mongo.remove(new Query(), "idempotencyKeys");
        mongo.remove(new Query(), "intakeLog");
        clock.reset();
        http = ServiceClient.on(port);
    }

    protected static String body(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    protected static String complaintBody(String district, String channel) {
        return """
                {"category": "NIGHT_CONSTRUCTION_NOISE", "description": "工地夜间施工噪声扰民，电话13812345678",
                 "district": %s, "address": "徐汇区漕溪北路1号",
                 "location": {"lat": 31.19, "lng": 121.43},
                 "reporter": {"name": "王小明", "phone": "13812345678"}, "channel": "%s"}""".formatted(district == null ? "null" : "\"" + district + "\"", channel);
    }

    protected ResponseEntity<String> post(String path, String token, String json) {
        return post(path, token, json, null);
    }

    protected ResponseEntity<String> post(String path, String token, String json, String idempotencyKey) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(json == null ? "" : json).retrieve().toEntity(String.class);
    }

    protected ResponseEntity<String> get(String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }

    protected static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    /** Creates a complaint as the operator and returns it. */
    protected JsonNode create(String district) {
        ResponseEntity<String> created =
                post("/api/v1/complaints", TestTokens.operator(), complaintBody(district, "HOTLINE_12345"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created);
    }

    protected JsonNode act(String id, String action, String token, String json) {
        ResponseEntity<String> response = post("/api/v1/complaints/" + id + "/" + action, token, json);
        assertThat(response.getStatusCode().value())
                .as(action + ": " + response.getBody())
                .isEqualTo(200);
        return json(response);
    }

    /** Takes a complaint of Xuhui from intake to REPLIED; returns the last answer. */
    protected JsonNode handledAndReplied(String id) {
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "accept", admin, null);
        act(id, "resolve", admin, body("summary", "已责令工地停止夜间施工"));
        return act(id, "reply", admin, body("message", "已电话回复市民处理结果", "channel", "PHONE"));
    }

    protected Document stored(String id) {
        return mongo.findOne(
                Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                        .is(id)),
                Document.class,
                "complaints");
    }

    /** The stored document without the fields the outbox relay changes on its own. */
    protected Document storedState(String id) {
        Document document = stored(id);
        document.remove("outbox");
        document.remove("outboxLease");
        return document;
    }

    protected long count() {
        return mongo.count(new Query(), "complaints");
    }

    protected static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
