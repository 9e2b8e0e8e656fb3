package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.time.OffsetDateTime;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Input the service must refuse whole, with 400 problem+json and nothing stored or changed. */
class ComplaintInputIT extends ComplaintApi {

    private static final String BELL = "\u0007";
    private static final String ESCAPE = "\u001b[2J";

    /** Escaped in the JSON itself ({@code \\u0007}), so that the JSON is well-formed and the service must look. */
    @Test
    void shouldRefuseControlCharactersInANewComplaintFromEveryField() {
        String operator = TestTokens.operator();
        String valid = complaintBody("xuhui", "HOTLINE_12345");

        assertProblem(post("/api/v1/complaints", operator, valid.replace("扰民", "扰民\\u0007")), 400);
        assertProblem(post("/api/v1/complaints", operator, valid.replace("漕溪北路", "漕溪\\u001b[2J")), 400);
        assertProblem(post("/api/v1/complaints", operator, valid.replace("王小明", "王\\u0000小明")), 400);
        assertProblem(
                post("/api/v1/complaints", null, complaintBody("xuhui", "WEB").replace("扰民", "扰民\\u0085")), 400);
        assertThat(count()).isZero();
        assertThat(post("/api/v1/complaints", operator, valid.replace("扰民", "扰民\\n第二行\\t缩进"))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void shouldRefuseControlCharactersInEveryFreeTextStep() {
        JsonNode complaint = create("xuhui");
        String id = complaint.get("id").asString();
        String admin = TestTokens.districtAdmin("xuhui");
        String due = OffsetDateTime.now().plusDays(2).toString();
        act(id, "accept", admin, null);
        Document inProgress = storedState(id);

        assertProblem(
                post(
                        "/api/v1/complaints/" + id + "/supervise",
                        TestTokens.cityAdmin(),
                        body("note", "督办" + BELL, "dueAt", due)),
                400);
        assertProblem(post("/api/v1/complaints/" + id + "/resolve", admin, body("summary", "已处理" + ESCAPE)), 400);
        assertThat(storedState(id)).isEqualTo(inProgress);

        act(id, "resolve", admin, body("summary", "已处理"));
        Document resolved = storedState(id);
        assertProblem(
                post("/api/v1/complaints/" + id + "/reply", admin, body("message", "已回复" + BELL, "channel", "PHONE")),
                400);
        assertThat(storedState(id)).isEqualTo(resolved);

        act(id, "reply", admin, body("message", "已回复", "channel", "PHONE"));
        Document replied = storedState(id);
        assertProblem(
                post("/api/v1/complaints/" + id + "/reopen", TestTokens.operator(), body("reason", "重新办理" + BELL)),
                400);
        assertProblem(
                post(
                        "/api/v1/complaints/track/"
                                + complaint.get("trackingNumber").asString() + "/rating",
                        null,
                        body(
                                "score",
                                4,
                                "comment",
                                "还行" + ESCAPE,
                                "ratingCode",
                                complaint.get("ratingCode").asString())),
                400);
        assertThat(storedState(id)).isEqualTo(replied);
    }

    @Test
    void shouldRefuseANumberWhereTheDescriptionIsExpected() {
        String body = complaintBody("xuhui", "HOTLINE_12345").replace("\"工地夜间施工噪声扰民，电话13812345678\"", "12345");

        assertProblem(post("/api/v1/complaints", TestTokens.operator(), body), 400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRefuseEpochSecondsWhereTheDateOfTheMatterIsExpected() {
        String body = complaintBody("xuhui", "HOTLINE_12345")
                .replace(
                        "\"channel\": \"HOTLINE_12345\"", "\"channel\": \"HOTLINE_12345\", \"occurredAt\": 1627000000");

        assertProblem(post("/api/v1/complaints", TestTokens.operator(), body), 400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRefuseAStringWhereACoordinateIsExpected() {
        String body = complaintBody("xuhui", "HOTLINE_12345").replace("\"lat\": 31.19", "\"lat\": \"31.19\"");

        assertProblem(post("/api/v1/complaints", TestTokens.operator(), body), 400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRefuseANumberWhereAStepsTextIsExpectedChangingNothing() {
        String id = create("xuhui").get("id").asString();
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "accept", admin, null);
        Document before = storedState(id);

        assertProblem(post("/api/v1/complaints/" + id + "/resolve", admin, "{\"summary\": 42}"), 400);
        assertProblem(
                post(
                        "/api/v1/complaints/" + id + "/supervise",
                        TestTokens.cityAdmin(),
                        "{\"note\": \"督办\", \"dueAt\": 1900000000}"),
                400);
        assertThat(storedState(id)).isEqualTo(before);
    }
}
