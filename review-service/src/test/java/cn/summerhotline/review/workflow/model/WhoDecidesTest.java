package cn.summerhotline.review.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of reviewer against an item of Xuhui's Tianping squad at every level: only the reviewer of the
 * item's present level and unit (and squad, at squad level) decides; a reviewer of another level finds it has
 * moved on or not come yet (409), one of the right level but another unit or squad is refused (403).
 */
class WhoDecidesTest {

    private static final Map<String, Actor> REVIEWERS = Map.of(
            "squad", Items.SQUAD_REVIEWER,
            "otherSquad", Items.OTHER_SQUAD_REVIEWER,
            "jiadingSquad", Items.JIADING_SQUAD_REVIEWER,
            "district", Items.DISTRICT_REVIEWER,
            "jiadingDistrict", Items.JIADING_REVIEWER,
            "city", Items.CITY_REVIEWER);

    @ParameterizedTest(name = "{0} reviewer at {1} level: {2}")
    @CsvSource({
        "squad,           SQUAD,    decides",
        "otherSquad,      SQUAD,    OTHER_UNIT",
        "jiadingSquad,    SQUAD,    OTHER_UNIT",
        "district,        SQUAD,    OTHER_LEVEL",
        "jiadingDistrict, SQUAD,    OTHER_LEVEL",
        "city,            SQUAD,    OTHER_LEVEL",
        "squad,           DISTRICT, OTHER_LEVEL",
        "otherSquad,      DISTRICT, OTHER_LEVEL",
        "jiadingSquad,    DISTRICT, OTHER_LEVEL",
        "district,        DISTRICT, decides",
        "jiadingDistrict, DISTRICT, OTHER_UNIT",
        "city,            DISTRICT, OTHER_LEVEL",
        "squad,           CITY,     OTHER_LEVEL",
        "otherSquad,      CITY,     OTHER_LEVEL",
        "jiadingSquad,    CITY,     OTHER_LEVEL",
        "district,        CITY,     OTHER_LEVEL",
        "jiadingDistrict, CITY,     OTHER_LEVEL",
        "city,            CITY,     decides"
    })
    void shouldLetOnlyTheReviewerOfTheItemsLevelAndUnitDecide(String reviewer, ReviewLevel level, String outcome) {
        for (Decision decision : Decision.values()) {
            ReviewItem item = Items.approvedUpTo(level);
            int entries = item.history().size();

            Throwable refused = catchThrowable(
                    () -> item.decide(REVIEWERS.get(reviewer), decision, "理由", 1, Items.T0.plusSeconds(999)));

            switch (outcome) {
                case "decides" -> {
                    assertThat(refused).isNull();
                    assertThat(item.history()).hasSize(entries + 1);
                }
                case "OTHER_LEVEL" -> {
                    assertThat(refused).isInstanceOf(ReviewConflict.class);
                    assertThat(((ReviewConflict) refused).kind()).isEqualTo(ReviewConflict.Kind.OTHER_LEVEL);
                }
                default -> {
                    assertThat(refused).isInstanceOf(ReviewRefusal.class);
                    assertThat(((ReviewRefusal) refused).kind()).isEqualTo(ReviewRefusal.Kind.OTHER_UNIT);
                }
            }
            if (refused != null) {
                assertThat(item.history()).hasSize(entries);
                assertThat(item.level()).isEqualTo(level);
            }
        }
    }
}
