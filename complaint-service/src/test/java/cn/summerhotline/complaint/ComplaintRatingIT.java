package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Only the reporter, who holds the receipt's rating code, can rate; tracking numbers cannot be guessed. */
class ComplaintRatingIT extends ComplaintApi {

    private static String rating(int score, String code) {
        return body("score", score, "comment", "不满意", "ratingCode", code);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void shouldRefuseARatingWithAWrongCodeChangingNothing() {
        JsonNode complaint = create("xuhui");
        String id = complaint.get("id").asString();
        handledAndReplied(id);
        String number = complaint.get("trackingNumber").asString();
        Document before = storedState(id);

        ResponseEntity<String> refused = post(
                "/api/v1/complaints/track/" + number + "/rating",
                null,
                rating(1, wrong(complaint.get("ratingCode").asString())));

        assertProblem(refused, 403);
        assertThat(json(refused).get("type").asString())
                .isEqualTo("https://summerhotline.cn/problems/wrong-rating-code");
        Document after = storedState(id);
        assertThat(after.getString("status")).isEqualTo("REPLIED");
        assertThat(after.getList("ratings", Document.class)).isEmpty();
        assertThat(after.get("timeline")).isEqualTo(before.get("timeline"));
        assertThat(after.getInteger("wrongRatingCodes")).isEqualTo(1);
        assertProblem(post("/api/v1/complaints/track/" + number + "/rating", null, body("score", 1)), 400);
    }

    @Test
    void shouldLockRatingAfterFiveWrongCodesEvenForTheRightOne() {
        JsonNode complaint = create("xuhui");
        String id = complaint.get("id").asString();
        handledAndReplied(id);
        String path =
                "/api/v1/complaints/track/" + complaint.get("trackingNumber").asString() + "/rating";
        String code = complaint.get("ratingCode").asString();

        for (int i = 0; i < 5; i++) {
            assertProblem(post(path, null, rating(1, wrong(code))), 403);
        }
        ResponseEntity<String> locked = post(path, null, rating(1, code));

        assertProblem(locked, 403);
        assertThat(json(locked).get("type").asString()).isEqualTo("https://summerhotline.cn/problems/rating-locked");
        assertThat(stored(id).getString("status")).isEqualTo("REPLIED");
        assertThat(stored(id).getInteger("wrongRatingCodes")).isEqualTo(5);
        assertThat(json(get(path.replace("/rating", ""), null)).get("canRate").asBoolean())
                .isFalse();
    }

    @Test
    void shouldRateWithTheRightCodeTypedWithSpaces() {
        JsonNode complaint = create("xuhui");
        handledAndReplied(complaint.get("id").asString());
        String code = complaint.get("ratingCode").asString();

        ResponseEntity<String> rated = post(
                "/api/v1/complaints/track/" + complaint.get("trackingNumber").asString() + "/rating",
                null,
                body("score", 5, "ratingCode", code.substring(0, 3) + " " + code.substring(3)));

        assertThat(rated.getStatusCode().value()).as(rated.getBody()).isEqualTo(200);
        assertThat(json(rated).get("latestScore").asInt()).isEqualTo(5);
    }

    @Test
    void shouldFindATrackingNumberTypedInLowerCaseWithSpacesAndRefuseOneWithAMistypedCharacter() {
        JsonNode complaint = create("xuhui");
        String number = complaint.get("trackingNumber").asString();
        String typed = number.replace("-", " ").toLowerCase(Locale.ROOT);
        char first = number.charAt(0);
        String mistyped = (first == '7' ? '8' : '7') + number.substring(1);

        assertThat(get("/api/v1/complaints/track/" + typed, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertProblem(get("/api/v1/complaints/track/" + mistyped, null), 404);
        assertProblem(
                post(
                        "/api/v1/complaints/track/" + mistyped + "/rating",
                        null,
                        rating(1, complaint.get("ratingCode").asString())),
                404);
        assertThat(stored(complaint.get("id").asString()).getInteger("wrongRatingCodes"))
                .isZero();
    }
}
