package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article of Xuhui's Tianping squad, pending at squad level, named by the path parameters of review-service's
 * OpenAPI document: the record the generated checks aim at.
 */
public final class ReviewFixture {

    private ReviewFixture() {}

    static Map<String, String> create(int port) {
        JsonNode item = submitBySquadOfficer(port, """
                {"source": "publicity-service", "contentId": "fixture-%d", "kind": "ARTICLE",
                 "title": "天平街道中队夏季专项执法行动", "body": "中队对夜间施工噪声开展专项整治。",
                 "mediaLinks": ["https://media.summerhotline.cn/xuhui/1.jpg"]}""".formatted(System.nanoTime()));
        return Map.of("id", item.path("id").asString());
    }

    /** Hands content in as Xuhui's Tianping squad officer; answers the item as the service returned it. */
    public static JsonNode submitBySquadOfficer(int port, String json) {
        String answer = ServiceClient.on(port)
                .post()
                .uri("/api/v1/reviews")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TestTokens.squadOfficer("xuhui", "xuhui-tianping")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .body(String.class);
        return JsonMapper.builder().build().readTree(answer);
    }
}
