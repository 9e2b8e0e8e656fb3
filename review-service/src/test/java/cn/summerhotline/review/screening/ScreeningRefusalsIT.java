package cn.summerhotline.review.screening;

import static cn.summerhotline.review.screening.ScreeningCalls.SCREEN;
import static cn.summerhotline.review.screening.ScreeningCalls.WORDS;
import static cn.summerhotline.review.screening.ScreeningCalls.entry;
import static cn.summerhotline.review.screening.ScreeningCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.ScreeningWords;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;

/**
 * What the pre-screen's API refuses: bad input (400 problem+json, the lists unchanged), and anyone but the city
 * bureau changing the lists or anyone but a reviewer or the city bureau trying a text (403; 401 without a token).
 */
@ServiceTest
class ScreeningRefusalsIT {

    private static final String TAG = "接口测试";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ScreeningWords words;

    @Autowired
    PreScreen preScreen;

    ScreeningCalls api;

    @BeforeEach
    void emptyList() {
        mongo.remove(new Query(), "screening_words");
        words.changed("test");
        preScreen.refresh(true);
        api = new ScreeningCalls(port);
    }

    @Test
    void shouldRefuseBadInputWith400ProblemAndChangeNothing() {
        List<Map.Entry<String, String>> bad = new ArrayList<>();
        bad.add(Map.entry(WORDS, "{\"word\": \"违禁示例\", \"tag\": "));
        bad.add(Map.entry(WORDS, entry("长".repeat(51), TAG, "BLOCK")));
        bad.add(Map.entry(WORDS, entry("违禁示例", TAG, "MAYBE")));
        bad.add(Map.entry(WORDS, entry("违禁示例", " ", "BLOCK")));
        bad.add(Map.entry(WORDS, entry("你好，世界", TAG, "BLOCK")));
        bad.add(Map.entry(WORDS, "{\"word\": \"违禁示例\", \"tag\": \"x\", \"action\": \"BLOCK\", \"entries\": []}"));
        bad.add(Map.entry(WORDS, "{\"entries\": [{\"word\": \"违禁示例\", \"tag\": \"x\"}]}"));
        String many = IntStream.range(0, 501)
                .mapToObj(i -> entry("批量" + i, TAG, "FLAG"))
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        bad.add(Map.entry(WORDS, "{\"entries\": [" + many + "]}"));
        bad.add(Map.entry(SCREEN, "{\"text\": \"" + "长".repeat(20_001) + "\"}"));
        bad.add(Map.entry(SCREEN, "{\"text\": 12}"));
        bad.add(Map.entry(SCREEN, "{}"));

        StoreSnapshot before = StoreSnapshot.of(mongo);
        for (Map.Entry<String, String> request : bad) {
            ResponseEntity<String> answer = api.post(request.getKey(), TestTokens.cityAdmin(), request.getValue());
            String seen = request.getValue()
                    .substring(0, Math.min(80, request.getValue().length()));
            assertThat(answer.getStatusCode().value()).as(seen).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).as(seen).hasToString("application/problem+json");
            assertThat(json(answer).path("title").asString()).as(seen).isNotBlank();
        }
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyTheCityBureauChangeTheListsAndReviewersTryTexts() {
        String cityReviewer = TestTokens.reviewer("city", null);
        String districtReviewer = TestTokens.reviewer("xuhui", null);
        String squadReviewer = TestTokens.reviewer("xuhui", "xuhui-tianping");

        ResponseEntity<String> byCityReviewer = api.post(WORDS, cityReviewer, entry("审核示例", TAG, "FLAG"));
        assertThat(byCityReviewer.getStatusCode().value()).isEqualTo(201);
        String id = json(byCityReviewer).path("added").get(0).path("id").asString();

        StoreSnapshot before = StoreSnapshot.of(mongo);
        assertThat(api.post(WORDS, districtReviewer, entry("区局示例", TAG, "FLAG"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(api.post(WORDS, TestTokens.districtAdmin("xuhui"), entry("区局示例", TAG, "FLAG"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(api.delete(WORDS + "/" + id, squadReviewer).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.post(WORDS, null, entry("匿名示例", TAG, "FLAG"))
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);

        assertThat(api.get(WORDS, districtReviewer).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get(WORDS, TestTokens.media()).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get(WORDS, null).getStatusCode().value()).isEqualTo(401);
        String text = "{\"text\": \"审核示例\"}";
        ResponseEntity<String> tried = api.post(SCREEN, squadReviewer, text);
        assertThat(tried.getStatusCode().value()).isEqualTo(200);
        assertThat(json(tried).path("matches").get(0).path("end").asInt()).isEqualTo(4);
        assertThat(api.post(SCREEN, TestTokens.districtAdmin("xuhui"), text)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        ResponseEntity<String> anonymous = api.post(SCREEN, null, text);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
