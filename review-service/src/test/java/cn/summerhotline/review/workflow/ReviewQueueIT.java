package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each reviewer's queue holds their level's and unit's pending items, oldest first, with age and deadline,
 * overdue ones flagged and counted; admins search their whole scope.
 */
class ReviewQueueIT extends ReviewApi {

    private String tianping;
    private String lingyun;
    private String xuhuiDistrict;
    private String jiadingDistrict;
    private String cityBureau;
    private String tianpingAtCity;

    /** Six items, one minute apart: two squads' and two districts' of their own level, two at city level. */
    @BeforeEach
    void sixItems() {
        tianpingAtCity = submit(OFFICER, content("a-0", "已到市局")).path("id").asString();
        clock.advance(Duration.ofMinutes(1));
        tianping = submit(OFFICER, content("a-1", "天平")).path("id").asString();
        clock.advance(Duration.ofMinutes(1));
        lingyun = submit(TestTokens.squadOfficer("xuhui", "xuhui-lingyun"), content("a-2", "凌云"))
                .path("id")
                .asString();
        clock.advance(Duration.ofMinutes(1));
        xuhuiDistrict = submit(XUHUI_ADMIN, content("a-3", "徐汇区局")).path("id").asString();
        clock.advance(Duration.ofMinutes(1));
        jiadingDistrict = submit(TestTokens.districtAdmin("jiading"), content("a-4", "嘉定区局"))
                .path("id")
                .asString();
        clock.advance(Duration.ofMinutes(1));
        cityBureau = submit(CITY_ADMIN, content("a-5", "市局")).path("id").asString();
        clock.advance(Duration.ofMinutes(1));
        approve(tianpingAtCity, SQUAD_REVIEWER, 1);
        approve(tianpingAtCity, DISTRICT_REVIEWER, 1);
    }

    private JsonNode queue(String token, String query) {
        return get("/api/v1/reviews" + query, token).expect(200).json();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsString("id");
    }

    @Test
    void shouldShowEachReviewerTheirOwnLevelsAndUnitsItemsOldestFirst() {
        assertThat(ids(queue(SQUAD_REVIEWER, ""))).containsExactly(tianping);
        assertThat(ids(queue(OTHER_SQUAD_REVIEWER, ""))).containsExactly(lingyun);
        assertThat(ids(queue(DISTRICT_REVIEWER, ""))).containsExactly(xuhuiDistrict);
        assertThat(ids(queue(JIADING_REVIEWER, ""))).containsExactly(jiadingDistrict);
        assertThat(ids(queue(CITY_REVIEWER, "")))
                .as("the city's queue: every unit's city-level items, the one waiting longest first")
                .containsExactly(cityBureau, tianpingAtCity);
    }

    @Test
    void shouldGiveAgeAndDeadlineAndFlagAndCountTheOverdue() {
        clock.advance(Duration.ofHours(25));

        JsonNode district = queue(DISTRICT_REVIEWER, "");
        JsonNode city = queue(CITY_REVIEWER, "");

        JsonNode entry = district.path("items").get(0);
        assertThat(entry.path("overdue").asBoolean()).isTrue();
        assertThat(Duration.parse(entry.path("age").asString())).isGreaterThan(Duration.ofHours(25));
        assertThat(entry.path("deadline").asString()).isEqualTo("PT24H");
        assertThat(entry.path("dueAt").asString()).endsWith("+08:00");
        assertThat(district.path("overdueCount").asInt()).isOne();
        assertThat(city.path("overdueCount").asInt())
                .as("48 hours at city level")
                .isZero();
        assertThat(city.path("items").findValuesAsString("overdue")).containsOnly("false");

        clock.advance(Duration.ofHours(24));
        assertThat(queue(CITY_REVIEWER, "").path("overdueCount").asInt()).isEqualTo(2);
    }

    @Test
    void shouldListOnlyTheOverdueOrOnlyTheOthersOnRequest() {
        clock.advance(Duration.ofHours(25));
        approve(tianping, SQUAD_REVIEWER, 1);

        JsonNode overdue = queue(CITY_ADMIN, "?status=PENDING&overdue=true");
        JsonNode onTime = queue(CITY_ADMIN, "?status=PENDING&overdue=false");

        assertThat(ids(overdue)).containsExactlyInAnyOrder(lingyun, xuhuiDistrict, jiadingDistrict);
        assertThat(overdue.path("overdueCount").asInt()).isEqualTo(3);
        assertThat(ids(onTime)).containsExactlyInAnyOrder(tianping, cityBureau, tianpingAtCity);
        assertThat(onTime.path("overdueCount").asInt()).isZero();
    }

    @Test
    void shouldRefuseAReviewerAnotherLevelsQueueOrAnotherUnit() {
        get("/api/v1/reviews?level=DISTRICT", SQUAD_REVIEWER).refused(403, "forbidden");
        get("/api/v1/reviews?status=PENDING&level=CITY", DISTRICT_REVIEWER).refused(403, "forbidden");
        get("/api/v1/reviews?unit=jiading", DISTRICT_REVIEWER).refused(403, "forbidden");
        get("/api/v1/reviews", TestTokens.operator()).refused(403, "forbidden");
        get("/api/v1/reviews", TestTokens.media()).refused(403, "forbidden");
    }

    @Test
    void shouldLetReviewersFindTheirUnitsPublishedItems() {
        String published = published("a-9");

        assertThat(ids(queue(DISTRICT_REVIEWER, "?status=PUBLISHED"))).containsExactly(published);
        assertThat(ids(queue(JIADING_REVIEWER, "?status=PUBLISHED"))).isEmpty();
        assertThat(ids(queue(CITY_REVIEWER, "?status=PUBLISHED&unit=xuhui"))).containsExactly(published);
    }

    @Test
    void shouldLetAdminsSearchTheirWholeScope() {
        assertThat(ids(queue(XUHUI_ADMIN, "")))
                .containsExactlyInAnyOrder(tianpingAtCity, tianping, lingyun, xuhuiDistrict);
        assertThat(ids(queue(OFFICER, ""))).containsExactlyInAnyOrder(tianpingAtCity, tianping);
        assertThat(ids(queue(TestTokens.integration("jiading"), ""))).containsExactly(jiadingDistrict);
        assertThat(queue(CITY_ADMIN, "").path("total").asInt()).isEqualTo(6);
        assertThat(ids(queue(CITY_ADMIN, "?level=SQUAD&unit=xuhui"))).containsExactly(tianping, lingyun);
        get("/api/v1/reviews?unit=jiading", XUHUI_ADMIN).refused(403, "forbidden");
    }

    @Test
    void shouldPageTheList() {
        JsonNode first = queue(CITY_ADMIN, "?page=0&size=4");
        JsonNode second = queue(CITY_ADMIN, "?page=1&size=4");

        assertThat(first.path("items").size()).isEqualTo(4);
        assertThat(second.path("items").size()).isEqualTo(2);
        assertThat(second.path("total").asInt()).isEqualTo(6);
        for (String bad :
                List.of("?size=0", "?size=101", "?page=-1", "?unit=Xu%20Hui", "?status=MAYBE", "?overdue=2")) {
            get("/api/v1/reviews" + bad, CITY_ADMIN).expect(400);
        }
    }
}
