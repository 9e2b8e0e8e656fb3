package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class ComplaintIntakeIT extends ComplaintApi {

    @Test
    void shouldReceiveAWebFormComplaintWithoutATokenAndRouteItToItsDistrict() {
        ResponseEntity<String> response = post("/api/v1/complaints", null, complaintBody("xuhui", "WEB"));

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode receipt = json(response);
        assertThat(receipt.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(receipt.get("trackingNumber").asString())
                .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}");
        assertThat(receipt.get("dueAt").asString()).endsWith("+08:00");
        assertThat(response.getBody()).doesNotContain("13812345678").doesNotContain("王小明");
        assertThat(response.getHeaders().getLocation())
                .hasPath("/api/v1/complaints/" + receipt.get("id").asString());
        assertThat(stored(receipt.get("id").asString()).getString("district")).isEqualTo("xuhui");
    }

    @Test
    void shouldLeaveAComplaintWithoutDistrictReceivedForTheOperators() {
        JsonNode complaint = create(null);

        assertThat(complaint.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(complaint.get("district").isNull()).isTrue();
    }

    @Test
    void shouldRefuseOtherChannelsThanTheWebFormWithoutAToken() {
        assertProblem(post("/api/v1/complaints", null, complaintBody("xuhui", "HOTLINE_12345")), 401);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRefuseAChannelTheCallersRoleDoesNotUse() {
        assertProblem(post("/api/v1/complaints", TestTokens.media(), complaintBody("xuhui", "HOTLINE_12345")), 403);
        assertProblem(
                post("/api/v1/complaints", TestTokens.reviewer("xuhui", null), complaintBody("xuhui", "WEB")), 403);
        assertProblem(
                post(
                        "/api/v1/complaints",
                        TestTokens.integration("xuhui"),
                        complaintBody("jiading", "DISTRICT_SYSTEM")),
                403);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRecordTheLeaderOfAHotlineSessionAndFollowTheCase() {
        String leaderCall = complaintBody("xuhui", "LEADER_HOTLINE")
                .replace(
                        "\"channel\": \"LEADER_HOTLINE\"", "\"channel\": \"LEADER_HOTLINE\", \"leader\": \"市城管执法局局长\"");

        ResponseEntity<String> response = post("/api/v1/complaints", TestTokens.operator(), leaderCall);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(json(response).get("followed").asBoolean()).isTrue();
        assertThat(json(response).get("leader").asString()).isEqualTo("市城管执法局局长");
        assertProblem(post("/api/v1/complaints", TestTokens.operator(), complaintBody("xuhui", "LEADER_HOTLINE")), 400);
    }

    @Test
    void shouldRefuseBadInputWithoutStoringAnything() {
        assertProblem(post("/api/v1/complaints", TestTokens.operator(), "{not json"), 400);
        assertProblem(
                post(
                        "/api/v1/complaints",
                        TestTokens.operator(),
                        complaintBody("xuhui", "HOTLINE_12345")
                                .replace("NIGHT_CONSTRUCTION_NOISE", "NO_SUCH_CATEGORY")),
                400);
        assertProblem(
                post("/api/v1/complaints", TestTokens.operator(), complaintBody("atlantis", "HOTLINE_12345")), 400);
        ResponseEntity<String> blank = post(
                "/api/v1/complaints",
                TestTokens.operator(),
                complaintBody("xuhui", "HOTLINE_12345").replace("徐汇区漕溪北路1号", " "));
        assertProblem(blank, 400);
        assertProblem(
                post(
                        "/api/v1/complaints",
                        TestTokens.operator(),
                        complaintBody("xuhui", "HOTLINE_12345").replace("\"lat\": 31.19", "\"lat\": 131.19")),
                400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldCreateOneComplaintPerIdempotencyKey() {
        String system = TestTokens.integration("xuhui");
        String body = complaintBody(null, "DISTRICT_SYSTEM");

        ResponseEntity<String> first = post("/api/v1/complaints", system, body, "xuhui-case-1");
        ResponseEntity<String> again = post("/api/v1/complaints", system, body, "xuhui-case-1");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
        assertThat(json(again).get("trackingNumber")).isEqualTo(json(first).get("trackingNumber"));
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json(first).get("district").asString()).isEqualTo("xuhui");
        assertThat(count()).isEqualTo(1);

        ResponseEntity<String> otherBody =
                post("/api/v1/complaints", system, body.replace("工地夜间", "另一处工地夜间"), "xuhui-case-1");
        assertProblem(otherBody, 422);
        assertThat(json(otherBody).get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void shouldShowAComplaintNearTheSameAddressWithin72HoursAsAPossibleDuplicate() {
        JsonNode first = create("xuhui");
        String nearby = complaintBody("xuhui", "HOTLINE_12345")
                .replace("\"lat\": 31.19", "\"lat\": 31.1905")
                .replace("徐汇区漕溪北路1号", "漕溪北路1号对面");

        JsonNode second = json(post("/api/v1/complaints", TestTokens.operator(), nearby));

        assertThat(second.get("possibleDuplicates")).hasSize(1);
        assertThat(second.get("possibleDuplicates").get(0).get("complaintId")).isEqualTo(first.get("id"));
        assertThat(second.get("possibleDuplicates").get(0).get("metres").asDouble())
                .isBetween(50.0, 60.0);

        clock.advance(java.time.Duration.ofHours(73));
        JsonNode later = json(post("/api/v1/complaints", TestTokens.operator(), nearby));
        assertThat(later.get("possibleDuplicates")).isEmpty();
        String farAway = nearby.replace("\"lat\": 31.1905", "\"lat\": 31.25").replace("漕溪北路1号对面", "别处");
        assertThat(json(post("/api/v1/complaints", TestTokens.operator(), farAway))
                        .get("possibleDuplicates"))
                .hasSize(0);
    }

    @Test
    void shouldMaskThePhoneForAllButOperatorsAndTheAdminsOfTheCityAndTheDistrict() {
        String id = create("xuhui").get("id").asString();
        act(id, "follow", TestTokens.cityAdmin(), null);

        for (String unmasked :
                new String[] {TestTokens.operator(), TestTokens.cityAdmin(), TestTokens.districtAdmin("xuhui")}) {
            JsonNode reporter = json(get("/api/v1/complaints/" + id, unmasked)).get("reporter");
            assertThat(reporter.get("phone").asString()).isEqualTo("13812345678");
            assertThat(reporter.get("name").asString()).isEqualTo("王小明");
        }
        for (String masked : new String[] {TestTokens.integration("xuhui"), TestTokens.media()}) {
            ResponseEntity<String> response = get("/api/v1/complaints/" + id, masked);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(json(response).get("reporter").get("phone").asString()).isEqualTo("138****5678");
            assertThat(json(response).get("reporter").get("name").asString()).isEqualTo("王**");
        }
    }

    @Test
    void shouldTrackAComplaintPubliclyWithoutPersonalData() {
        JsonNode complaint = create("xuhui");
        String number = complaint.get("trackingNumber").asString();

        ResponseEntity<String> tracked = get("/api/v1/complaints/track/" + number.replace("-", ""), null);

        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(json(tracked).get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(json(tracked).get("timeline")).hasSize(2);
        assertThat(tracked.getBody())
                .doesNotContain("13812345678")
                .doesNotContain("王小明")
                .doesNotContain("漕溪北路")
                .doesNotContain("operator");
        assertProblem(get("/api/v1/complaints/track/0000-0000-0000", null), 404);
    }
}
