package cn.summerhotline.review.screening;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pre-screen's API called as a given caller (a token, or null for none), answers read as JSON. */
final class ScreeningCalls {

    static final String WORDS = "/api/v1/reviews/screening/words";
    static final String SCREEN = "/api/v1/reviews/screening/screen";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    ScreeningCalls(int port) {
        this.http = ServiceClient.on(port);
    }

    ResponseEntity<String> post(String path, String token, String json) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.body(json).retrieve().toEntity(String.class);
    }

    ResponseEntity<String> get(String path, String token) {
        var request = http.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }

    ResponseEntity<String> delete(String path, String token) {
        return http.delete()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .retrieve()
                .toEntity(String.class);
    }

    /** The matches the screen endpoint finds in the text, as the city bureau tries it. */
    JsonNode screen(String text) {
        return json(post(SCREEN, TestTokens.cityAdmin(), JSON.writeValueAsString(java.util.Map.of("text", text))));
    }

    static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody() == null ? "null" : answer.getBody());
    }

    static String entry(String word, String tag, String action) {
        return JSON.writeValueAsString(java.util.Map.of("word", word, "tag", tag, "action", action));
    }
}
