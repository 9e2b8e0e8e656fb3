package cn.summerhotline.review.stats;

import static cn.summerhotline.review.audit.Histories.BY_CITY;
import static cn.summerhotline.review.audit.Histories.BY_DISTRICT;
import static cn.summerhotline.review.audit.Histories.BY_JIADING;
import static cn.summerhotline.review.audit.Histories.BY_JIADING_ADMIN;
import static cn.summerhotline.review.audit.Histories.BY_SQUAD;
import static cn.summerhotline.review.audit.Histories.BY_XUHUI_ADMIN;
import static cn.summerhotline.review.audit.Histories.T;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.audit.Histories;
import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.TakedownKind;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The review statistics on a known set of items, every figure worked out by hand from their histories. Stays
 * at a level, in hours, in July 2025 (Shanghai):
 *
 * <pre>
 * item  origin          squad     district  city   then
 * A     xuhui squad     2         4         10     published
 * B     xuhui squad     6         1 (rej.)         rejected at the district
 * C     xuhui squad     4         3         20     published, taken down (public opinion)
 * D     xuhui squad     -                          pending at the squad since July: overdue
 * E     xuhui squad     10 (rej.)                  rejected at the squad
 * F     xuhui squad     - (pre-screen rejection at once: no stay)
 * G     xuhui district            5         30     published, 3 reports, hidden, restored
 * H     xuhui squad     1, then revised at the district (that stay is no decision), 2; pending at the district
 * K     xuhui squad     approved in June (outside the period); pending at the district since: overdue
 * L     xuhui squad     pending at the squad for an hour now: not overdue
 * J     jiading distr.            1         1      published, taken down (untimely)
 * </pre>
 *
 * Xuhui's medians: squad 1 2 4 6 10 and H's 2 → 1 2 2 4 6 10 → (2 + 4) / 2 = 3 h; district 1 3 4 5 → 3.5 h;
 * city 10 20 30 → 20 h. The city bureau's add Jiading's: district 1 1 3 4 5 → 3 h; city 1 10 20 30 → 15 h.
 */
class ReviewStatisticsIT extends ReviewApi {

    private static final String JULY = "/api/v1/reviews/stats?from=2025-07-01&to=2025-08-01";

    @Autowired
    ReviewItems reviewItems;

    @BeforeEach
    void items() {
        store(Histories.bySquad("A", T)
                .approve(BY_SQUAD, ofHours(2))
                .approve(BY_DISTRICT, ofHours(4))
                .approve(BY_CITY, ofHours(10)));
        store(Histories.bySquad("B", T).approve(BY_SQUAD, ofHours(6)).reject(BY_DISTRICT, "图片不清晰", ofHours(1)));
        store(Histories.bySquad("C", T)
                .approve(BY_SQUAD, ofHours(4))
                .approve(BY_DISTRICT, ofHours(3))
                .approve(BY_CITY, ofHours(20))
                .takeDown(BY_CITY, TakedownKind.PUBLIC_OPINION, "引发舆情", ofHours(3)));
        store(Histories.bySquad("D", T));
        store(Histories.bySquad("E", T).reject(BY_SQUAD, "与主题无关", ofHours(10)));
        store(Histories.blockedBySquad("F", "机密", T));
        store(Histories.byDistrict("G", BY_XUHUI_ADMIN, T)
                .approve(BY_DISTRICT, ofHours(5))
                .approve(BY_CITY, ofHours(30))
                .reportedAndHidden(3, ofHours(5))
                .restore(BY_CITY, "经复核内容属实", ofHours(1)));
        store(Histories.bySquad("H", T)
                .approve(BY_SQUAD, ofHours(1))
                .revise("夏季专项执法行动（修订）", ofHours(2))
                .approve(BY_SQUAD, ofHours(2)));
        store(Histories.bySquad("K", Instant.parse("2025-06-29T00:00:00Z")).approve(BY_SQUAD, ofHours(3)));
        store(Histories.bySquad("L", Instant.now().minus(ofHours(1))));
        store(Histories.byDistrict("J", BY_JIADING_ADMIN, T)
                .approve(BY_JIADING, ofHours(1))
                .approve(BY_CITY, ofHours(1))
                .takeDown(BY_CITY, TakedownKind.UNTIMELY, "活动已结束", ofHours(1)));
    }

    @Test
    void shouldCountADistrictsItemsByStatusAndLevelNow() {
        JsonNode stats = stats(JULY, XUHUI_ADMIN);

        assertThat(stats.path("unit").asString()).isEqualTo("xuhui");
        assertThat(stats.path("items").path("total").asLong()).isEqualTo(10);
        assertThat(counts(stats.path("items").path("byStatusAndLevel"), "status", "level", "items"))
                .containsExactly(
                        "PENDING SQUAD 2",
                        "PENDING DISTRICT 2",
                        "REJECTED SQUAD 2",
                        "REJECTED DISTRICT 1",
                        "PUBLISHED CITY 2",
                        "TAKEN_DOWN CITY 1");
    }

    @Test
    void shouldGiveEachLevelItsPendingOverdueDecisionsAndMedianTime() {
        JsonNode levels = stats(JULY, XUHUI_ADMIN).path("levels");

        assertThat(counts(levels, "level", "deadline", "pending", "overdue", "decided", "medianTime"))
                .containsExactly("SQUAD PT24H 2 1 6 PT3H", "DISTRICT PT24H 2 2 4 PT3H30M", "CITY PT48H 0 0 3 PT20H");
    }

    @Test
    void shouldCountTakedownsByKindAndReports() {
        JsonNode xuhui = stats(JULY, DISTRICT_REVIEWER);

        assertThat(counts(xuhui.path("takedowns").path("byKind"), "kind", "takedowns"))
                .containsExactly("PUBLIC_OPINION 1", "UNTIMELY 0", "OTHER 0");
        assertThat(xuhui.path("takedowns").path("total").asLong()).isOne();
        assertThat(counts(List.of(xuhui.path("reports")), "reports", "itemsReported", "itemsHidden"))
                .containsExactly("3 1 1");
        assertThat(counts(xuhui.path("actions"), "step", "takedownKind", "entries", "items"))
                .contains(
                        "SUBMITTED null 8 8",
                        "REVISED null 1 1",
                        "REJECTED null 3 3",
                        "TAKEN_DOWN PUBLIC_OPINION 1 1",
                        "REPORTED null 3 1",
                        "HIDDEN null 1 1",
                        "RESTORED null 1 1");
    }

    @Test
    void shouldCountEveryUnitForTheCityBureauAndOneUnitForADistrict() {
        JsonNode city = stats(JULY, CITY_ADMIN);
        JsonNode jiading = stats(JULY, TestTokens.districtAdmin("jiading"));

        assertThat(city.path("unit").isNull()).isTrue();
        assertThat(city.path("items").path("total").asLong()).isEqualTo(11);
        assertThat(counts(city.path("levels"), "level", "decided", "medianTime"))
                .containsExactly("SQUAD 6 PT3H", "DISTRICT 5 PT3H", "CITY 4 PT15H");
        assertThat(counts(city.path("takedowns").path("byKind"), "kind", "takedowns"))
                .containsExactly("PUBLIC_OPINION 1", "UNTIMELY 1", "OTHER 0");
        assertThat(stats(JULY, CITY_REVIEWER).path("items").path("total").asLong())
                .isEqualTo(11);

        assertThat(jiading.path("items").path("total").asLong()).isOne();
        assertThat(counts(jiading.path("levels"), "level", "decided", "medianTime"))
                .containsExactly("SQUAD 0 null", "DISTRICT 1 PT1H", "CITY 1 PT1H");
        assertThat(counts(jiading.path("takedowns").path("byKind"), "kind", "takedowns"))
                .containsExactly("PUBLIC_OPINION 0", "UNTIMELY 1", "OTHER 0");
        assertThat(jiading.path("reports").path("reports").asLong()).isZero();
    }

    @Test
    void shouldCountASquadReviewersOwnSquadOnly() {
        JsonNode squad = stats(JULY, SQUAD_REVIEWER);
        JsonNode otherSquad = stats(JULY, OTHER_SQUAD_REVIEWER);

        assertThat(squad.path("squad").asString()).isEqualTo("xuhui-tianping");
        assertThat(squad.path("items").path("total").asLong()).isEqualTo(9);
        assertThat(otherSquad.path("items").path("total").asLong()).isZero();
    }

    @Test
    void shouldLeaveDecisionsOutsideThePeriodOut() {
        JsonNode june = stats("/api/v1/reviews/stats?from=2025-06-01&to=2025-07-01", XUHUI_ADMIN);

        assertThat(counts(june.path("levels"), "level", "decided", "medianTime"))
                .containsExactly("SQUAD 1 PT3H", "DISTRICT 0 null", "CITY 0 null");
        assertThat(june.path("from").asString()).isEqualTo("2025-06-01");
        assertThat(june.path("to").asString()).isEqualTo("2025-07-01");
    }

    @Test
    void shouldRefuseBadPeriodsAndTheRolesThatHandContentIn() {
        for (String period : List.of("?from=2025-07-01&to=2025-06-01", "?from=2024-01-01&to=2025-07-01", "?to=x")) {
            Answer refused = get("/api/v1/reviews/stats" + period, CITY_ADMIN);
            assertThat(refused.status()).as(period).isEqualTo(400);
            assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        for (String token :
                List.of(OFFICER, TestTokens.integration("xuhui"), TestTokens.operator(), TestTokens.media())) {
            assertThat(get(JULY, token).status()).isEqualTo(403);
        }
        assertThat(get(JULY, null).status()).isEqualTo(401);
    }

    private void store(Histories history) {
        assertThat(reviewItems.add(history.item())).isTrue();
    }

    private JsonNode stats(String path, String token) {
        Answer answer = get(path, token);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return JSON.readTree(answer.text());
    }

    /** Each element's fields, space separated, for comparing a whole list at a glance. */
    private static List<String> counts(Iterable<JsonNode> rows, String... fields) {
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            StringBuilder line = new StringBuilder();
            for (String field : fields) {
                line.append(line.isEmpty() ? "" : " ")
                        .append(
                                row.path(field).isNull() || row.path(field).isMissingNode()
                                        ? "null"
                                        : row.path(field).asString());
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
