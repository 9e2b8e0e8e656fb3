package cn.summerhotline.openday;

import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open day's session, registration and check-in API called over HTTP as a given caller (null: nobody). */
public final class OpendayCalls {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String XUHUI_ADMIN = TestTokens.districtAdmin("xuhui");

    private final RestClient http;

    public OpendayCalls(int port) {
        this.http = ServiceClient.on(port);
    }

    /** A sub-venue of 2021 hosted by Xuhui, stored through the venue port. */
    public static Venue xuhuiVenue(Venues venues) {
        Venue venue = new Venue(
                "2021-xuhui-" + UUID.randomUUID().toString().substring(0, 8),
                2021,
                "徐汇区城管执法局分会场",
                "徐汇区示例路 1 号",
                "xuhui",
                null,
                VenueKind.SUB);
        venues.save(venue);
        return venue;
    }

    /** Plans a session of the venue starting at the instant, as Xuhui's admin; its id. */
    public String session(String venueId, Instant startsAt, int capacity, Map<String, Integer> quotas) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plusSeconds(7200).toString());
        body.put("capacity", capacity);
        body.put("quotas", quotas);
        ResponseEntity<String> planned =
                post("/api/v1/openday/venues/" + venueId + "/sessions", XUHUI_ADMIN, JSON.writeValueAsString(body));
        if (planned.getStatusCode().value() != 201) {
            throw new IllegalStateException("session not planned: " + planned);
        }
        return json(planned).path("id").asString();
    }

    public ResponseEntity<String> register(String sessionId, String phone, String audience, int party, String key) {
        var request = http.post()
                .uri("/api/v1/openday/sessions/" + sessionId + "/registrations")
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(JSON.writeValueAsString(
                        Map.of("name", "王小明", "phone", phone, "audience", audience, "partySize", party)))
                .retrieve()
                .toEntity(String.class);
    }

    public RestClient http() {
        return http;
    }

    public ResponseEntity<String> post(String path, String token, String json) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.body(json).retrieve().toEntity(String.class);
    }

    public ResponseEntity<String> get(String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }

    public ResponseEntity<byte[]> bytes(String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(byte[].class);
    }

    public ResponseEntity<String> delete(String path, String token) {
        var request = http.delete().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }

    public JsonNode sessionView(String sessionId) {
        return json(get("/api/v1/openday/sessions/" + sessionId, XUHUI_ADMIN));
    }

    public static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody() == null ? "null" : answer.getBody());
    }

    /** A distinct mobile number for each n. */
    public static String phone(int n) {
        return String.format("139%08d", n);
    }
}
