package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Personal data inside free text, and other complaints' identities, reach only the roles entitled to them. */
class ComplaintPrivacyIT extends ComplaintApi {

    private static final String DESCRIPTION =
            "王小明反映工地夜间施工，请打139-1234-5678或+86 137 1234 5678，" + "身份证310104198001011234";

    private String createWithPhonesInTheDescription() {
        String body = complaintBody("xuhui", "HOTLINE_12345").replace("工地夜间施工噪声扰民，电话13812345678", DESCRIPTION);
        ResponseEntity<String> created = post("/api/v1/complaints", TestTokens.operator(), body);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    @Test
    void shouldMaskPhonesIdNumbersAndTheReportersNameInEveryFreeTextForMedia() {
        String id = createWithPhonesInTheDescription();
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "follow", TestTokens.cityAdmin(), null);
        act(
                id,
                "supervise",
                TestTokens.cityAdmin(),
                body(
                        "note",
                        "请联系王小明13912345678",
                        "dueAt",
                        OffsetDateTime.now().plusDays(2).toString()));
        act(id, "accept", admin, null);
        act(id, "resolve", admin, body("summary", "已电话联系王小明（139 1234 5678）并责令停工"));
        act(id, "reply", admin, body("message", "已回复王小明，座机021-64321234", "channel", "PHONE"));

        String media = get("/api/v1/complaints/" + id, TestTokens.media()).getBody();
        String integration =
                get("/api/v1/complaints/" + id, TestTokens.integration("xuhui")).getBody();

        for (String masked : new String[] {media, integration}) {
            assertThat(masked)
                    .doesNotContain("1234-5678")
                    .doesNotContain("1234 5678")
                    .doesNotContain("13912345678")
                    .doesNotContain("64321234")
                    .doesNotContain("310104198001011234")
                    .doesNotContain("王小明")
                    .contains("139****5678", "137****5678", "021-****1234", "王**");
        }
        JsonNode full = json(get("/api/v1/complaints/" + id, TestTokens.cityAdmin()));
        assertThat(full.get("description").asString()).isEqualTo(DESCRIPTION);
        assertThat(full.get("resolution").asString()).contains("王小明（139 1234 5678）");
    }

    @Test
    void shouldMaskAPhoneQuotedInASupervisionNoteOnThePublicTrackingPage() {
        JsonNode complaint = create("xuhui");
        String id = complaint.get("id").asString();
        act(id, "follow", TestTokens.cityAdmin(), null);
        act(
                id,
                "supervise",
                TestTokens.cityAdmin(),
                body(
                        "note",
                        "市民王小明来电+86-139-1234-5678，请尽快处置",
                        "dueAt",
                        OffsetDateTime.now().plusDays(2).toString()));

        ResponseEntity<String> tracked = get(
                "/api/v1/complaints/track/" + complaint.get("trackingNumber").asString(), null);

        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(tracked.getBody())
                .contains("139****5678", "王**")
                .doesNotContain("1234-5678")
                .doesNotContain("王小明");
    }

    @Test
    void shouldShowPossibleDuplicatesOnlyToCallersWhoMayReadThem() {
        JsonNode first = create("xuhui");

        JsonNode byMedia = json(post("/api/v1/complaints", TestTokens.media(), complaintBody("xuhui", "MEDIA")));
        ResponseEntity<String> byWebForm = post("/api/v1/complaints", null, complaintBody("xuhui", "WEB"));
        JsonNode byOperator = create("xuhui");
        JsonNode byDistrictSystem = json(
                post("/api/v1/complaints", TestTokens.integration("xuhui"), complaintBody(null, "DISTRICT_SYSTEM")));

        String firstId = first.get("id").asString();
        String firstNumber = first.get("trackingNumber").asString();
        assertThat(byMedia.get("possibleDuplicates")).isEmpty();
        assertThat(byMedia.toString()).doesNotContain(firstId).doesNotContain(firstNumber);
        assertThat(byWebForm.getBody()).doesNotContain(firstId).doesNotContain(firstNumber);
        assertThat(byOperator.get("possibleDuplicates").toString()).contains(firstId);
        assertThat(byDistrictSystem.get("possibleDuplicates").toString()).contains(firstId);

        String mediaCase = byMedia.get("id").asString();
        assertThat(json(get("/api/v1/complaints/" + mediaCase, TestTokens.media()))
                        .get("possibleDuplicates"))
                .isEmpty();
        assertThat(json(get("/api/v1/complaints/" + mediaCase, TestTokens.operator()))
                        .get("possibleDuplicates")
                        .toString())
                .contains(firstId);
        act(firstId, "follow", TestTokens.cityAdmin(), null);
        assertThat(json(get("/api/v1/complaints/" + mediaCase, TestTokens.media()))
                        .get("possibleDuplicates")
                        .toString())
                .contains(firstId);
    }

    @Test
    void shouldHandTheRatingCodeOnlyToTheRequestThatCreatedTheComplaint() {
        JsonNode created = create("xuhui");
        ResponseEntity<String> receipt = post("/api/v1/complaints", null, complaintBody("xuhui", "WEB"));

        assertThat(created.get("ratingCode").asString()).matches("\\d{6}");
        assertThat(json(receipt).get("ratingCode").asString()).matches("\\d{6}");
        JsonNode later = json(get("/api/v1/complaints/" + created.get("id").asString(), TestTokens.operator()));
        assertThat(later.has("ratingCode")).isFalse();
        String tracked = get(
                        "/api/v1/complaints/track/"
                                + created.get("trackingNumber").asString(),
                        null)
                .getBody();
        assertThat(tracked).doesNotContain(created.get("ratingCode").asString());
    }
}
