package cn.summerhotline.review.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.review.StoredItems;
import cn.summerhotline.review.publication.application.RescreenPublished;
import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.Screening;
import cn.summerhotline.review.screening.application.ScreeningWords;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watching what is published, with the service's real pre-screen (no scripted one in this context): a BLOCK word
 * the city bureau adds through the API hides, at once, the published items it matches, for a city re-review.
 */
@ServiceTest
class RescreenPublishedIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far beyond a re-screen of a handful of items: only one that never ran takes this long. */
    private static final Duration RESCREEN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ScreeningWords words;

    @Autowired
    PreScreen preScreen;

    @Autowired
    Screening screening;

    @Autowired
    ReviewItems items;

    @Autowired
    RescreenPublished rescreen;

    private RestClient http;

    @BeforeEach
    void emptyStoreAndLists() {
        mongo.remove(new Query(), "review_items");
        mongo.remove(new Query(), "screening_words");
        words.changed("test");
        preScreen.refresh(true);
        http = ServiceClient.on(port);
    }

    private JsonNode addWord(String word, String action) {
        String answer = http.post()
                .uri("/api/v1/reviews/screening/words")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("word", word, "tag", "复筛测试", "action", action)))
                .retrieve()
                .body(String.class);
        return JSON.readTree(answer);
    }

    private JsonNode asCityReviewer(String path) {
        return JSON.readTree(http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.reviewer("city", null)))
                .retrieve()
                .body(String.class));
    }

    private ReviewStatus status(String id) {
        return items.byId(id).map(ReviewItem::status).orElseThrow();
    }

    @Test
    void shouldScreenWithTheServicesOwnPreScreen() {
        assertThat(screening).isSameAs(preScreen);
    }

    @Test
    void shouldHidePublishedItemsANewBlockWordMatchesForTheCitysReReview() {
        String matching = StoredItems.published(items, "m-1", "夏季专项执法", "现场发现违 禁 样 词的宣传品。");
        String other = StoredItems.published(items, "o-1", "夏季专项执法", "中队开展夜间施工噪声整治。");
        String pending = StoredItems.pending(items, "p-1", "待审", "含有违禁样词的待审稿件。");

        addWord("违禁样词", "BLOCK");

        await().atMost(RESCREEN).until(() -> status(matching) == ReviewStatus.HIDDEN);
        JsonNode hidden = asCityReviewer("/api/v1/reviews/" + matching);
        JsonNode entry = hidden.path("history").get(hidden.path("history").size() - 1);
        assertThat(entry.path("step").asString()).isEqualTo("RESCREENED");
        assertThat(entry.path("actor").asString()).isEqualTo("system");
        assertThat(entry.path("reason").asString()).contains("违禁样词");
        assertThat(hidden.path("rereview").path("cause").asString()).isEqualTo("SCREENING");
        assertThat(asCityReviewer("/api/v1/reviews?status=HIDDEN").path("items").findValuesAsString("id"))
                .containsExactly(matching);
        assertThat(http.get()
                        .uri("/api/v1/reviews/public/" + matching)
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(status(other)).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(status(pending)).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void shouldLeaveWhatOnlyAFlagWordOrABlockWordJudgedBeforeMatches() {
        String flagged = StoredItems.published(items, "f-1", "标题", "正文提到提示样词。");
        String restored = StoredItems.published(items, "r-1", "标题", "正文提到旧拦截词和新样词。");
        addWord("旧拦截词", "BLOCK");
        await().atMost(RESCREEN).until(() -> status(restored) == ReviewStatus.HIDDEN);
        restore(restored);
        listedQuietly("提示样词", ScreeningAction.FLAG);
        listedQuietly("新样词", ScreeningAction.FLAG);

        int hidden = rescreen.rescreen(List.of("提示样词", "新样词"));

        assertThat(hidden).isZero();
        assertThat(status(flagged)).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(status(restored)).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(items.byId(restored).orElseThrow().history())
                .extracting(HistoryEntry::step)
                .endsWith(Step.RESCREENED, Step.RESTORED);
    }

    @Test
    void shouldWalkEveryPublishedItemAPageAtATime() {
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            boolean holds = i % 60 == 7;
            String id = StoredItems.published(items, "bulk-" + i, "标题", holds ? "正文含批量样词。" : "正文。");
            if (holds) {
                matching.add(id);
            }
        }
        listedQuietly("批量样词", ScreeningAction.BLOCK);

        int hidden = rescreen.rescreen(List.of("批量样词"));

        assertThat(hidden).isEqualTo(matching.size()).isEqualTo(5);
        assertThat(matching).allMatch(id -> status(id) == ReviewStatus.HIDDEN);
        assertThat(items.inStatus(ReviewStatus.PUBLISHED, null, 1_000)).hasSize(245);
    }

    /** A word put on the list straight into the store: no BlockWordsAdded, so no re-screen but the test's own. */
    private void listedQuietly(String word, ScreeningAction action) {
        words.insertAll(List.of(ScreeningWord.listed(word, "复筛测试", action, "test", Instant.now())));
        words.changed("test");
        preScreen.refresh(true);
    }

    private void restore(String id) {
        http.post()
                .uri("/api/v1/reviews/" + id + "/restore")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.reviewer("city", null)))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"复核后词语用法无问题\"}")
                .retrieve()
                .toBodilessEntity();
        assertThat(status(id)).isEqualTo(ReviewStatus.PUBLISHED);
    }
}
