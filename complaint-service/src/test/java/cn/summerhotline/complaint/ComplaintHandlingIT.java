package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.complaint.application.ComplaintChanges;
import cn.summerhotline.complaint.application.DetectOverdueComplaints;
import cn.summerhotline.complaint.model.Actor;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class ComplaintHandlingIT extends ComplaintApi {

    @Autowired
    DetectOverdueComplaints detectOverdue;

    @Autowired
    ComplaintChanges changes;

    @Test
    void shouldTakeAWebFormComplaintToClosedWithAReplyAndARating() {
        JsonNode receipt = json(post("/api/v1/complaints", null, complaintBody(null, "WEB")));
        String id = receipt.get("id").asString();
        String number = receipt.get("trackingNumber").asString();
        String code = receipt.get("ratingCode").asString();

        act(id, "assign", TestTokens.operator(), body("district", "xuhui"));
        act(id, "assign", TestTokens.districtAdmin("xuhui"), body("district", "xuhui", "squad", "caoxi"));
        act(id, "accept", TestTokens.squadOfficer("xuhui", "caoxi"), null);
        act(id, "resolve", TestTokens.squadOfficer("xuhui", "caoxi"), body("summary", "已责令停工"));
        act(id, "reply", TestTokens.districtAdmin("xuhui"), body("message", "已回复", "channel", "PHONE"));
        JsonNode closed = act(id, "close", TestTokens.districtAdmin("xuhui"), null);

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("squad").asString()).isEqualTo("caoxi");
        assertThat(closed.get("timeline"))
                .extracting(step -> step.get("step").asString())
                .containsExactly("RECEIVED", "ASSIGNED", "ASSIGNED", "ACCEPTED", "RESOLVED", "REPLIED", "CLOSED");
        assertThat(closed.get("timeline").get(4).get("actor").asString()).isEqualTo("xuhui-officer");

        ResponseEntity<String> rated = post(
                "/api/v1/complaints/track/" + number + "/rating",
                null,
                body("score", 5, "comment", "很满意", "ratingCode", code));
        assertThat(rated.getStatusCode().value()).as(rated.getBody()).isEqualTo(200);
        assertThat(json(rated).get("latestScore").asInt()).isEqualTo(5);
        assertThat(json(rated).get("canRate").asBoolean()).isFalse();
        assertProblem(
                post("/api/v1/complaints/track/" + number + "/rating", null, body("score", 4, "ratingCode", code)),
                409);
    }

    @Test
    void shouldReopenTheCaseWhenTheCitizenRatesTheAnswerTwoOrLess() {
        JsonNode complaint = create("xuhui");
        handledAndReplied(complaint.get("id").asString());

        ResponseEntity<String> rated = post(
                "/api/v1/complaints/track/" + complaint.get("trackingNumber").asString() + "/rating",
                null,
                body(
                        "score",
                        2,
                        "comment",
                        "还是很吵",
                        "ratingCode",
                        complaint.get("ratingCode").asString()));

        assertThat(json(rated).get("status").asString()).isEqualTo("REOPENED");
        assertThat(stored(complaint.get("id").asString()).getString("status")).isEqualTo("REOPENED");
    }

    @Test
    void shouldRefuseToCloseBeforeTheCitizenIsAnsweredNamingTheState() {
        String id = create("xuhui").get("id").asString();
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "accept", admin, null);
        act(id, "resolve", admin, body("summary", "已处理"));

        ResponseEntity<String> refused = post("/api/v1/complaints/" + id + "/close", admin, null);

        assertProblem(refused, 409);
        assertThat(json(refused).get("type").asString()).endsWith("/reply-required");
        assertThat(json(refused).get("state").asString()).isEqualTo("RESOLVED");
        assertThat(stored(id).getString("status")).isEqualTo("RESOLVED");
    }

    @Test
    void shouldRefuseAWrongTransitionWith409NamingTheState() {
        String id = create(null).get("id").asString();
        Document before = storedState(id);

        ResponseEntity<String> refused =
                post("/api/v1/complaints/" + id + "/resolve", TestTokens.cityAdmin(), body("summary", "太早了"));

        assertProblem(refused, 409);
        assertThat(json(refused).get("type").asString()).endsWith("/invalid-transition");
        assertThat(json(refused).get("state").asString()).isEqualTo("RECEIVED");
        assertThat(json(refused).get("title").asString()).isEqualTo("当前状态不允许此操作");
        assertThat(json(refused).get("detail").asString()).isEqualTo("状态为“已受理”的诉求不能办结。");
        var english = http.post()
                .uri("/api/v1/complaints/" + id + "/resolve")
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .header("Accept-Language", "en")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(body("summary", "太早了"))
                .retrieve()
                .toEntity(String.class);
        assertThat(json(english).get("detail").asString())
                .isEqualTo("A complaint in state Received cannot be resolved.");
        assertThat(storedState(id)).isEqualTo(before);
    }

    @Test
    void shouldRefuseCallersWithoutATokenOrTheRightRole() {
        String id = create("xuhui").get("id").asString();

        assertProblem(get("/api/v1/complaints", null), 401);
        assertProblem(get("/api/v1/complaints/" + id, null), 401);
        assertProblem(post("/api/v1/complaints/" + id + "/accept", null, null), 401);
        assertProblem(post("/api/v1/complaints/" + id + "/accept", TestTokens.media(), null), 403);
        assertProblem(post("/api/v1/complaints/" + id + "/accept", TestTokens.operator(), null), 403);
        assertProblem(
                post(
                        "/api/v1/complaints/" + id + "/supervise",
                        TestTokens.districtAdmin("xuhui"),
                        body(
                                "note",
                                "督办",
                                "dueAt",
                                OffsetDateTime.now().plusDays(2).toString())),
                403);
        assertProblem(get("/api/v1/complaints", TestTokens.reviewer("xuhui", null)), 403);
        assertProblem(get("/api/v1/complaints?district=jiading", TestTokens.districtAdmin("xuhui")), 403);
        assertProblem(
                post(
                        "/api/v1/complaints/" + id + "/assign",
                        TestTokens.districtAdmin("xuhui"),
                        body("district", "jiading")),
                403);
        assertThat(stored(id).getString("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void shouldAnswerAnotherDistrictsComplaintLikeAMissingOne() {
        String id = create("xuhui").get("id").asString();
        String jiading = TestTokens.districtAdmin("jiading");

        ResponseEntity<String> other = get("/api/v1/complaints/" + id, jiading);
        ResponseEntity<String> missing = get("/api/v1/complaints/no-such-id", jiading);

        assertProblem(other, 404);
        assertProblem(missing, 404);
        assertThat(json(other).get("type")).isEqualTo(json(missing).get("type"));
        assertProblem(post("/api/v1/complaints/" + id + "/accept", jiading, null), 404);
        assertProblem(
                post("/api/v1/complaints/" + id + "/accept", TestTokens.squadOfficer("xuhui", "other"), null), 404);
        assertProblem(get("/api/v1/complaints/" + id, TestTokens.media()), 404);
        assertThat(json(get("/api/v1/complaints", jiading)).get("total").asLong())
                .isZero();
        assertThat(stored(id).getString("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void shouldRefuseBadActionInputWithoutChangingTheComplaint() {
        String id = create("xuhui").get("id").asString();
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "accept", admin, null);
        Document before = storedState(id);

        assertProblem(post("/api/v1/complaints/" + id + "/resolve", admin, body("summary", " ")), 400);
        assertProblem(post("/api/v1/complaints/" + id + "/resolve", admin, "{\"summary\":"), 400);
        assertProblem(
                post("/api/v1/complaints/" + id + "/assign", TestTokens.operator(), body("district", "Xuhui!")), 400);
        assertProblem(
                post("/api/v1/complaints/" + id + "/reply", admin, body("message", "x", "channel", "PIGEON")), 400);
        assertProblem(
                post(
                        "/api/v1/complaints/" + id + "/supervise",
                        TestTokens.cityAdmin(),
                        body("note", "督办", "dueAt", "2000-01-01T00:00:00+08:00")),
                400);
        assertProblem(get("/api/v1/complaints?size=0", admin), 400);

        assertThat(storedState(id)).isEqualTo(before);
    }

    @Test
    void shouldMarkComplaintsPastTheirDeadlineOverdueAndLetTheCityBureauSuperviseThem() {
        String late = create("xuhui").get("id").asString();
        String handled = create("jiading").get("id").asString();
        act(handled, "accept", TestTokens.districtAdmin("jiading"), null);
        act(handled, "resolve", TestTokens.districtAdmin("jiading"), body("summary", "已处理"));

        clock.advance(Duration.ofHours(25));
        assertThat(detectOverdue.run()).isEqualTo(1);
        assertThat(detectOverdue.run()).isZero();

        JsonNode overdue = json(get("/api/v1/complaints?overdue=true", TestTokens.cityAdmin()));
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        assertThat(overdue.get("items").get(0).get("id").asString()).isEqualTo(late);
        assertThat(overdue.get("items").get(0).get("overdue").asBoolean()).isTrue();

        String newDeadline = OffsetDateTime.now().plusDays(3).toString();
        JsonNode supervised =
                act(late, "supervise", TestTokens.cityAdmin(), body("note", "请三日内办结并回复", "dueAt", newDeadline));
        assertThat(supervised.get("overdue").asBoolean()).isFalse();
        assertThat(supervised.get("supervisions").get(0).get("note").asString()).isEqualTo("请三日内办结并回复");
        assertThat(OffsetDateTime.parse(supervised.get("dueAt").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse(newDeadline).toInstant().truncatedTo(ChronoUnit.MILLIS));
        assertThat(json(get("/api/v1/complaints?overdue=true", TestTokens.cityAdmin()))
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void shouldAnswerTheCitizenOfAMergedCaseWhenTheCaseItWasMergedIntoIsAnswered() {
        JsonNode primary = create("xuhui");
        JsonNode duplicate = create("xuhui");
        assertThat(duplicate.get("possibleDuplicates").get(0).get("complaintId"))
                .isEqualTo(primary.get("id"));

        JsonNode merged = act(
                duplicate.get("id").asString(),
                "merge",
                TestTokens.operator(),
                body("into", primary.get("id").asString()));
        assertThat(merged.get("mergedInto")).isEqualTo(primary.get("id"));
        assertProblem(
                post(
                        "/api/v1/complaints/" + duplicate.get("id").asString() + "/accept",
                        TestTokens.districtAdmin("xuhui"),
                        null),
                409);

        handledAndReplied(primary.get("id").asString());

        JsonNode tracked = json(get(
                "/api/v1/complaints/track/" + duplicate.get("trackingNumber").asString(), null));
        assertThat(tracked.get("status").asString()).isEqualTo("REPLIED");
        assertThat(tracked.get("answered").asBoolean()).isTrue();
        JsonNode primaryNow = json(get("/api/v1/complaints/" + primary.get("id").asString(), TestTokens.operator()));
        assertThat(primaryNow.get("mergedCases").get(0)).isEqualTo(duplicate.get("id"));
    }

    /** As when the service stops right after storing the reply: the replied event alone must answer them. */
    @Test
    void shouldAnswerTheCitizenOfAMergedCaseFromTheRepliedEventWhenTheImmediatePassOnNeverRan() {
        String primary = create("xuhui").get("id").asString();
        JsonNode duplicate = create("xuhui");
        act(duplicate.get("id").asString(), "merge", TestTokens.operator(), body("into", primary));
        String admin = TestTokens.districtAdmin("xuhui");
        act(primary, "accept", admin, null);
        act(primary, "resolve", admin, body("summary", "已责令工地停止夜间施工"));

        // The reply and its event stored in one write, without ReplyToComplaint's immediate pass-on.
        Caller xuhuiAdmin = new Caller("xuhui-admin", Set.of(Role.DISTRICT_ADMIN), "xuhui", null);
        changes.change(
                xuhuiAdmin,
                primary,
                (complaint, now) ->
                        complaint.reply("已电话回复市民处理结果", ReplyChannel.PHONE, new Actor("xuhui-admin", "xuhui"), now));

        String tracking = duplicate.get("trackingNumber").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> json(get("/api/v1/complaints/track/" + tracking, null))
                        .get("answered")
                        .asBoolean());
        JsonNode tracked = json(get("/api/v1/complaints/track/" + tracking, null));
        assertThat(tracked.get("status").asString()).isEqualTo("REPLIED");
    }

    @Test
    void shouldAnswerADistrictSystemsRepeatedStepWithTheSameKeyWithoutTakingItTwice() {
        String id = create("xuhui").get("id").asString();
        String system = TestTokens.integration("xuhui");
        String path = "/api/v1/complaints/" + id + "/resolve";
        String summary = body("summary", "已责令工地停止夜间施工");
        post("/api/v1/complaints/" + id + "/accept", system, null, "xuhui-accept-1");

        ResponseEntity<String> first = post(path, system, summary, "xuhui-resolve-1");
        ResponseEntity<String> repeat = post(path, system, summary, "xuhui-resolve-1");

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(repeat.getStatusCode().value()).isEqualTo(200);
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json(repeat).get("status").asString()).isEqualTo("RESOLVED");
        assertThat(storedState(id).getList("timeline", org.bson.Document.class))
                .filteredOn(entry -> "RESOLVED".equals(entry.getString("step")))
                .hasSize(1);

        assertProblem(post(path, system, body("summary", "另一个结果"), "xuhui-resolve-1"), 422);
        assertProblem(post(path, system, summary), 409);
    }

    @Test
    void shouldListFollowedCasesForTheCoordinationDivisionAndShowTheirStepsPublicly() {
        String followed = create("xuhui").get("id").asString();
        create("xuhui");
        act(followed, "follow", TestTokens.cityAdmin(), null);
        String admin = TestTokens.districtAdmin("xuhui");
        act(followed, "accept", admin, null);
        JsonNode resolved = act(followed, "resolve", admin, body("summary", "已拆除违规设备"));

        JsonNode list = json(get("/api/v1/complaints?followed=true", TestTokens.cityAdmin()));
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v1/complaints", TestTokens.media()))
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        JsonNode tracked = json(
                get("/api/v1/complaints/track/" + resolved.get("trackingNumber").asString(), null));
        assertThat(tracked.get("followed").asBoolean()).isTrue();
        assertThat(tracked.get("timeline").toString()).contains("已拆除违规设备").doesNotContain("xuhui-admin");
    }
}
