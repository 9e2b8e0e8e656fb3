package cn.summerhotline.review.screening;

import static cn.summerhotline.review.screening.ScreeningCalls.WORDS;
import static cn.summerhotline.review.screening.ScreeningCalls.entry;
import static cn.summerhotline.review.screening.ScreeningCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.screening.application.BlockWordsAdded;
import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.ScreeningWords;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.StoreSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The pre-screen's API as the city bureau, reviewers and others call it. */
@ServiceTest
class ScreeningApiIT {

    private static final String TAG = "接口测试";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ScreeningWords words;

    @Autowired
    PreScreen preScreen;

    @Autowired
    ConfigurableApplicationContext context;

    ScreeningCalls api;

    /** Events published on the request threads (a recorder bound to the test's thread would miss them). */
    final List<BlockWordsAdded> published = new CopyOnWriteArrayList<>();

    final ApplicationListener<PayloadApplicationEvent<BlockWordsAdded>> recorder =
            event -> published.add(event.getPayload());

    @BeforeEach
    void emptyList() {
        mongo.remove(new Query(), "screening_words");
        words.changed("test");
        preScreen.refresh(true);
        api = new ScreeningCalls(port);
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        context.removeApplicationListener(recorder);
    }

    @Test
    void shouldAddAWordAndFindItWhereItStandsBesidesInternalInformation() {
        ResponseEntity<String> added = api.post(WORDS, TestTokens.cityAdmin(), entry("违禁示例", TAG, "BLOCK"));

        assertThat(added.getStatusCode().value()).isEqualTo(201);
        JsonNode entry = json(added).path("added").get(0);
        assertThat(entry.path("word").asString()).isEqualTo("违禁示例");
        assertThat(entry.path("tag").asString()).isEqualTo(TAG);
        assertThat(entry.path("action").asString()).isEqualTo("BLOCK");
        assertThat(entry.path("addedBy").asString()).isEqualTo("city-admin");

        String text = "文中有違 禁*示例，联系13912345678";
        JsonNode verdict = api.screen(text);
        assertThat(verdict.path("blocked").asBoolean()).isTrue();
        assertThat(verdict.path("flagged").asBoolean()).isTrue();
        JsonNode word = verdict.path("matches").get(0);
        assertThat(word.path("kind").asString()).isEqualTo("WORD");
        assertThat(word.path("found").asString()).isEqualTo("違 禁*示例");
        assertThat(word.path("word").asString()).isEqualTo("违禁示例");
        assertThat(word.path("start").asInt()).isEqualTo(3);
        assertThat(word.path("end").asInt()).isEqualTo(9);
        JsonNode mobile = verdict.path("matches").get(1);
        assertThat(mobile.path("kind").asString()).isEqualTo("MOBILE_NUMBER");
        assertThat(mobile.path("action").asString()).isEqualTo("FLAG");
        assertThat(text.substring(
                        mobile.path("start").asInt(), mobile.path("end").asInt()))
                .isEqualTo("13912345678");

        JsonNode list = json(api.get(WORDS + "?tag=" + TAG + "&action=BLOCK", TestTokens.cityAdmin()));
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("listVersion").asLong())
                .isEqualTo(verdict.path("listVersion").asLong());
    }

    @Test
    void shouldTakeAnotherSpellingOfAListedWordAsTheSameEntryAndRefuseAnotherAction() {
        String id = json(api.post(WORDS, TestTokens.cityAdmin(), entry("违禁示例", TAG, "BLOCK")))
                .path("added")
                .get(0)
                .path("id")
                .asString();

        ResponseEntity<String> again = api.post(WORDS, TestTokens.cityAdmin(), entry("違 禁 示 例", TAG, "BLOCK"));
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(json(again).path("added")).isEmpty();
        assertThat(json(again).path("unchanged").get(0).path("id").asString()).isEqualTo(id);

        StoreSnapshot before = StoreSnapshot.of(mongo);
        ResponseEntity<String> other = api.post(WORDS, TestTokens.cityAdmin(), entry("违禁示例", TAG, "FLAG"));
        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(other.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json(other);
        assertThat(problem.path("type").asString())
                .isEqualTo("https://summerhotline.cn/problems/screening-word-conflict");
        assertThat(problem.path("title").asString()).isEqualTo("词条已在词表中");
        assertThat(problem.path("existing").path("id").asString()).isEqualTo(id);
        assertThat(problem.path("existing").path("action").asString()).isEqualTo("BLOCK");
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void shouldStoreABatchAllOrNone() {
        String batch = """
                {"entries": [{"word": "批量一", "tag": "%1$s", "action": "BLOCK"},
                             {"word": "批量二", "tag": "%1$s", "action": "FLAG"},
                             {"word": "批 量 一", "tag": "%1$s", "action": "BLOCK"}]}""".formatted(TAG);
        ResponseEntity<String> added = api.post(WORDS, TestTokens.cityAdmin(), batch);
        assertThat(added.getStatusCode().value()).isEqualTo(201);
        assertThat(json(added).path("added")).hasSize(2);

        StoreSnapshot before = StoreSnapshot.of(mongo);
        String oneBad = """
                {"entries": [{"word": "批量三", "tag": "%1$s", "action": "BLOCK"},
                             {"word": "批 *", "tag": "%1$s", "action": "FLAG"}]}""".formatted(TAG);
        ResponseEntity<String> refused = api.post(WORDS, TestTokens.cityAdmin(), oneBad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused).path("errors").get(0).path("field").asString()).isEqualTo("entries[1].word");
        assertThat(json(refused).path("errors").get(0).path("message").asString())
                .contains("至少须有 2 个字符");

        String clashing = """
                {"entries": [{"word": "批量三", "tag": "%1$s", "action": "BLOCK"},
                             {"word": "批量三", "tag": "%1$s", "action": "FLAG"}]}""".formatted(TAG);
        assertThat(api.post(WORDS, TestTokens.cityAdmin(), clashing)
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        String conflicting = """
                {"entries": [{"word": "批量三", "tag": "%1$s", "action": "BLOCK"},
                             {"word": "批量二", "tag": "%1$s", "action": "BLOCK"}]}""".formatted(TAG);
        ResponseEntity<String> conflict = api.post(WORDS, TestTokens.cityAdmin(), conflicting);
        assertThat(conflict.getStatusCode().value()).isEqualTo(409);
        assertThat(json(conflict).path("field").asString()).isEqualTo("entries[1].word");
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
        assertThat(api.screen("批量三").path("matches")).isEmpty();
    }

    @Test
    void shouldRemoveAWordSoThatItNoLongerMatches() {
        String id = json(api.post(WORDS, TestTokens.cityAdmin(), entry("删除示例", TAG, "BLOCK")))
                .path("added")
                .get(0)
                .path("id")
                .asString();
        assertThat(api.screen("删除示例").path("blocked").asBoolean()).isTrue();

        assertThat(api.delete(WORDS + "/" + id, TestTokens.cityAdmin())
                        .getStatusCode()
                        .value())
                .isEqualTo(204);

        assertThat(api.screen("删除示例").path("matches")).isEmpty();
        ResponseEntity<String> again = api.delete(WORDS + "/" + id, TestTokens.cityAdmin());
        assertThat(again.getStatusCode().value()).isEqualTo(404);
        assertThat(json(again).path("detail").asString()).contains(id);
    }

    @Test
    void shouldPublishBlockWordsAddedOnlyForBlockWords() {
        api.post(WORDS, TestTokens.cityAdmin(), entry("提示示例", TAG, "FLAG"));
        assertThat(published).isEmpty();

        api.post(WORDS, TestTokens.cityAdmin(), """
                {"entries": [{"word": "拦截示例", "tag": "%1$s", "action": "BLOCK"},
                             {"word": "另一提示", "tag": "%1$s", "action": "FLAG"}]}""".formatted(TAG));

        assertThat(published).singleElement().satisfies(added -> {
            assertThat(added.words()).containsExactly("拦截示例");
            assertThat(added.addedBy()).isEqualTo("city-admin");
        });
    }
}
