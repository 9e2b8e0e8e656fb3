package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Handing content in through the API: where it starts, the pre-screen, new versions, keys and bad input. */
class ReviewSubmissionIT extends ReviewApi {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"squad officer, SQUAD", "district admin, DISTRICT", "district system, DISTRICT", "city admin, CITY"})
    void shouldStartAtTheLevelOfWhoSubmitted(String who, String level) {
        String token = switch (who) {
            case "squad officer" -> OFFICER;
            case "district admin" -> XUHUI_ADMIN;
            case "district system" -> TestTokens.integration("xuhui");
            default -> CITY_ADMIN;
        };

        Answer created =
                post("/api/v1/reviews", token, content("a-1", "夏季专项执法行动")).expect(201);

        JsonNode item = created.json();
        assertThat(item.path("status").asString()).isEqualTo("PENDING");
        assertThat(item.path("level").asString()).isEqualTo(level);
        assertThat(item.path("unit").asString()).isEqualTo(level.equals("CITY") ? "city" : "xuhui");
        assertThat(created.headers().getLocation())
                .hasToString("/api/v1/reviews/" + item.path("id").asString());
        assertThat(item.path("history").findValuesAsString("step")).containsExactly("SUBMITTED", "SCREENED");
        assertThat(item.path("deadline").asString()).isEqualTo(level.equals("CITY") ? "PT48H" : "PT24H");
    }

    @Test
    void shouldStartADistrictsSubmissionForOneOfItsSquadsAtSquadLevel() {
        String body = content("a-1", "标题").replace("}", ", \"squad\": \"xuhui-tianping\"}");

        JsonNode item = submit(TestTokens.integration("xuhui"), body);

        assertThat(item.path("level").asString()).isEqualTo("SQUAD");
        assertThat(item.path("squad").asString()).isEqualTo("xuhui-tianping");
    }

    @Test
    void shouldKeepEverySubmitterToTheirOwnUnitAndSquad() {
        String otherSquad = content("a-1", "标题").replace("}", ", \"squad\": \"xuhui-lingyun\"}");
        String otherUnit = content("a-1", "标题").replace("}", ", \"unit\": \"jiading\"}");

        post("/api/v1/reviews", OFFICER, otherSquad).refused(403, "forbidden");
        post("/api/v1/reviews", XUHUI_ADMIN, otherUnit).refused(403, "forbidden");
        post("/api/v1/reviews", CITY_ADMIN, otherUnit).refused(403, "forbidden");
        for (String notASubmitter : List.of(DISTRICT_REVIEWER, TestTokens.operator(), TestTokens.media())) {
            post("/api/v1/reviews", notASubmitter, content("a-1", "标题")).refused(403, "forbidden");
        }
        assertThat(storedItems()).isZero();
    }

    @Test
    void shouldRejectAtOnceWhatThePreScreenBlocks() {
        screening.block("机密");

        JsonNode item = submit(OFFICER, content("a-1", "机密文件摘要"));

        assertThat(item.path("status").asString()).isEqualTo("REJECTED");
        JsonNode rejected = item.path("history").get(2);
        assertThat(rejected.path("step").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("actor").asString()).isEqualTo("system");
        assertThat(rejected.path("reason").asString()).isEqualTo("预审拦截：机密（测试词表）");
        assertThat(item.path("screening").path("blocked").asBoolean()).isTrue();
        assertThat(get("/api/v1/reviews", SQUAD_REVIEWER).json().path("total").asInt())
                .as("no reviewer sees it")
                .isZero();
    }

    @Test
    void shouldShowTheReviewerWhatThePreScreenFlaggedWhereItStands() {
        screening.flag("群租");
        String id = submit(OFFICER, content("a-1", "预防群租安全隐患")).path("id").asString();

        JsonNode item = get("/api/v1/reviews/" + id, SQUAD_REVIEWER).expect(200).json();

        assertThat(item.path("status").asString()).isEqualTo("PENDING");
        assertThat(item.path("flags").asInt()).isEqualTo(2);
        JsonNode inTitle = item.path("screening").path("matches").get(0);
        assertThat(inTitle.path("part").asString()).isEqualTo("TITLE");
        assertThat(inTitle.path("start").asInt()).isEqualTo(2);
        assertThat(inTitle.path("end").asInt()).isEqualTo(4);
        assertThat(inTitle.path("action").asString()).isEqualTo("FLAG");
        JsonNode inBody = item.path("screening").path("matches").get(1);
        assertThat(inBody.path("part").asString()).isEqualTo("BODY");
        assertThat(item.path("body")
                        .asString()
                        .substring(
                                inBody.path("start").asInt(), inBody.path("end").asInt()))
                .isEqualTo("群租");
    }

    @Test
    void shouldTakeARejectedItemsRevisionAsANewVersionAtItsStartingLevelKeepingTheHistory() {
        String id = submit(OFFICER, content("a-1", "第一版")).path("id").asString();
        approve(id, SQUAD_REVIEWER, 1);
        decision(id, DISTRICT_REVIEWER, "REJECT", 1, "数据有误").expect(200);

        Answer revised =
                post("/api/v1/reviews", OFFICER, content("a-1", "第二版:更正数据")).expect(200);

        JsonNode item = revised.json();
        assertThat(item.path("id").asString()).isEqualTo(id);
        assertThat(item.path("status").asString()).isEqualTo("PENDING");
        assertThat(item.path("level").asString()).isEqualTo("SQUAD");
        assertThat(item.path("version").asInt()).isEqualTo(2);
        assertThat(item.path("versions").findValuesAsString("title")).containsExactly("第一版", "第二版:更正数据");
        assertThat(item.path("history").findValuesAsString("step"))
                .containsExactly("SUBMITTED", "SCREENED", "APPROVED", "REJECTED", "RESUBMITTED", "SCREENED");
        assertThat(storedItems()).isOne();
    }

    @Test
    void shouldSendAPendingItemsRevisionBackToItsStartingLevel() {
        String id = submit(OFFICER, content("a-1", "第一版")).path("id").asString();
        approve(id, SQUAD_REVIEWER, 1);
        approve(id, DISTRICT_REVIEWER, 1);

        JsonNode item = submit(OFFICER, content("a-1", "第二版"));

        assertThat(item.path("level").asString()).isEqualTo("SQUAD");
        assertThat(item.path("history").findValuesAsString("step")).contains("REVISED");
        decision(id, CITY_REVIEWER, "APPROVE", 1, null).refused(409, "stale-version");
    }

    @Test
    void shouldChangeNothingWhenTheSameContentComesAgain() {
        String id = submit(OFFICER, content("a-1", "标题")).path("id").asString();
        var before = stored(id);

        Answer again = post("/api/v1/reviews", OFFICER, content("a-1", "标题")).expect(200);

        assertThat(again.json().path("version").asInt()).isOne();
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void shouldAnswerARepeatedSubmissionWithTheSameKeyWithTheFirstResult() {
        Answer first = call(HttpMethod.POST, "/api/v1/reviews", OFFICER, content("a-1", "标题"), "key-1")
                .expect(201);
        Answer again = call(HttpMethod.POST, "/api/v1/reviews", OFFICER, content("a-1", "标题"), "key-1")
                .expect(200);

        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(storedItems()).isOne();
        call(HttpMethod.POST, "/api/v1/reviews", OFFICER, content("a-1", "另一个标题"), "key-1")
                .refused(422, "idempotency-key-reused");
        assertThat(item(first.json().path("id").asString()).path("versions").size())
                .isOne();
    }

    @Test
    void shouldRefuseBadInputWith400AndStoreNothing() {
        List<String> bodies = new ArrayList<>(List.of(
                content("a-1", " "),
                content("a-1", "长".repeat(201)),
                content("a 1", "标题"),
                content("a-1", "标题").replace("ARTICLE", "NOT_A_KIND"),
                content("a-1", "标题").replace("https://media.summerhotline.cn/xuhui/1.jpg", "javascript:alert(1)"),
                content("a-1", "标题").replace("}", ", \"unit\": \"Xu Hui\"}"),
                content("a-1", "标题").replace("\"kind\"", "\"kindx\""),
                "{\"source\": \"publicity-service\"}"));

        for (String body : bodies) {
            Answer answer = post("/api/v1/reviews", OFFICER, body);
            assertThat(answer.status()).as(body + " -> " + answer.text()).isEqualTo(400);
            assertThat(answer.json().path("title").asString()).as(body).isNotBlank();
        }
        post("/api/v1/reviews", CITY_ADMIN, content("a-1", "标题").replace("}", ", \"squad\": \"city-1\"}"))
                .refused(400, "invalid-request");
        assertThat(storedItems()).isZero();
        assertThat(screening.calls()).isZero();
    }

    @Test
    void shouldAnswerBadInputInEnglishOnRequest() {
        var answer = cn.summerhotline.testsupport.ServiceClient.on(port)
                .post()
                .uri("/api/v1/reviews")
                .header("Authorization", TestTokens.bearer(OFFICER))
                .header("Accept-Language", "en")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(content("a-1", " "))
                .retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Invalid request").doesNotContain("请求无效");
    }
}
