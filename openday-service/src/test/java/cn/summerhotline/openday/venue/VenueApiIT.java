package cn.summerhotline.openday.venue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.PlanningApi;
import cn.summerhotline.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Venues and their activities: public to read, the city bureau sets up any, a district admin its own sub-venues. */
class VenueApiIT extends PlanningApi {

    static final String VENUES = "/api/v1/openday/" + YEAR + "/venues";

    @Test
    void shouldLetTheCityBureauSetUpTheMainVenueAndADistrictAdminItsSquadsSubVenue() {
        String main = post(VENUES, CITY_ADMIN, venue("songjiang", null, "MAIN", activity("09:00", "11:00")))
                .expect(201)
                .json()
                .path("id")
                .asString();
        JsonNode squad = post(VENUES, XUHUI_ADMIN, venue("xuhui", "xuhui-tianping", "SUB", activity("13:30", "16:00")))
                .expect(201)
                .json();

        assertThat(squad.path("id").asString()).startsWith(YEAR + "-xuhui-tianping-");
        assertThat(squad.path("activities").get(0).path("startsAt").asString()).isEqualTo("2031-07-15T05:30:00Z");
        JsonNode day = get("/api/v1/openday/" + YEAR, null).expect(200).json();
        assertThat(day.path("mainVenueId").asString()).isEqualTo(main);
        assertThat(get(VENUES, null).json().valueStream().map(v -> v.path("id").asString()))
                .containsExactly(main, squad.path("id").asString());
        assertThat(get("/api/v1/openday/venues/" + main, null)
                        .expect(200)
                        .json()
                        .path("kind")
                        .asString())
                .isEqualTo("MAIN");
    }

    @Test
    void shouldRefuseASecondMainVenueAndAnotherUnitsVenueAndStoreNothing() {
        post(VENUES, CITY_ADMIN, venue("songjiang", null, "MAIN")).expect(201);
        var before = stored("venues");

        post(VENUES, CITY_ADMIN, venue("minhang", null, "MAIN")).refused(409, "main-venue-taken");
        post(VENUES, XUHUI_ADMIN, venue("jiading", null, "SUB")).refused(403, "not-your-venue");
        post(VENUES, XUHUI_ADMIN, venue("xuhui", null, "MAIN")).refused(403, "not-your-venue");
        post(VENUES, TestTokens.squadOfficer("xuhui", "xuhui-tianping"), venue("xuhui", null, "SUB"))
                .refused(403, "forbidden");
        post("/api/v1/openday/2032/venues", CITY_ADMIN, venue("xuhui", null, "SUB"))
                .refused(404, "not-found");

        assertThat(stored("venues")).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadVenuesWith400AndStoreNothing() {
        var before = stored("venues");

        JsonNode backwards = post(VENUES, CITY_ADMIN, venue("xuhui", null, "SUB", activity("11:00", "09:00")))
                .refused(400, "invalid-request")
                .json();
        post(VENUES, XUHUI_ADMIN, venue("xuhui", "jiading-anting", "SUB")).refused(400, "invalid-request");
        post(VENUES, CITY_ADMIN, venue("city", null, "SUB")).refused(400, "invalid-request");
        post(VENUES, CITY_ADMIN, json("name", "", "hostUnit", "xuhui", "kind", "SUB"))
                .refused(400, "invalid-request");
        post(VENUES, CITY_ADMIN, json("name", "x", "hostUnit", "xuhui", "kind", "HUGE"))
                .expect(400);

        assertThat(backwards.path("errors").get(0).path("field").asString()).isEqualTo("activities");
        assertThat(backwards.path("errors").get(0).path("message").asString()).isEqualTo("活动的结束时间须晚于开始时间。");
        assertThat(stored("venues")).isEqualTo(before);
    }

    @Test
    void shouldLetAHostReviseItsOwnVenueOnly() {
        String id = post(VENUES, CITY_ADMIN, venue("xuhui", null, "SUB"))
                .json()
                .path("id")
                .asString();
        String revision = json(
                "name",
                "徐汇区城管执法局分会场",
                "address",
                "徐汇区天平路 1 号",
                "activities",
                List.of(activity("13:30", "16:00")),
                "joiningUnits",
                List.of("ftz"));

        JsonNode revised = call(HttpMethod.PUT, "/api/v1/openday/venues/" + id, XUHUI_ADMIN, revision)
                .expect(200)
                .json();
        assertThat(revised.path("address").asString()).isEqualTo("徐汇区天平路 1 号");
        assertThat(revised.path("joiningUnits").get(0).path("name").asString()).isEqualTo("自贸区执法大队");
        assertThat(revised.path("hostUnit").asString()).isEqualTo("xuhui");

        var before = stored("venues");
        call(HttpMethod.PUT, "/api/v1/openday/venues/" + id, JIADING_ADMIN, revision)
                .refused(403, "not-your-venue");
        call(HttpMethod.PUT, "/api/v1/openday/venues/nope", CITY_ADMIN, revision)
                .refused(404, "not-found");
        assertThat(stored("venues")).isEqualTo(before);
    }

    private static String venue(String host, String squad, String kind, Map<?, ?>... activities) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", host + " 会场");
        body.put("hostUnit", host);
        body.put("squad", squad);
        body.put("kind", kind);
        body.put("activities", List.of(activities));
        return JSON.writeValueAsString(body);
    }

    private static Map<String, String> activity(String from, String to) {
        return Map.of(
                "kind",
                "ACHIEVEMENTS_DISPLAY",
                "title",
                "走进城管",
                "startsAt",
                "2031-07-15T" + from + ":00+08:00",
                "endsAt",
                "2031-07-15T" + to + ":00+08:00");
    }
}
