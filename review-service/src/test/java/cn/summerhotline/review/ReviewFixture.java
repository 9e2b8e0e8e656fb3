package cn.summerhotline.review;

import cn.summerhotline.testsupport.TestTokens;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article of Xuhui's Tianping squad, pending at squad level, named by the path parameters of review-service's
 * OpenAPI document: the record the generated checks aim at.
 */
final class ReviewFixture {

    private ReviewFixture() {}

    static Map<String, String> create(int port) {
        String created = RestClient.create("http://127.0.0.1:" + port)
                .post()
                .uri("/api/v1/reviews")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TestTokens.squadOfficer("xuhui", "xuhui-tianping")))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"source": "publicity-service", "contentId": "fixture-%d", "kind": "ARTICLE",
                         "title": "天平街道中队夏季专项执法行动", "body": "中队对夜间施工噪声开展专项整治。",
                         "mediaLinks": ["https://media.summerhotline.cn/xuhui/1.jpg"]}""".formatted(System.nanoTime()))
                .retrieve()
                .body(String.class);
        return Map.of(
                "id", JsonMapper.builder().build().readTree(created).path("id").asString());
    }
}
