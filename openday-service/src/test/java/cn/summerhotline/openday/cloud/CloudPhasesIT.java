package cn.summerhotline.openday.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.CloudApi;
import cn.summerhotline.testsupport.Answer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Units upload while materials are prepared, reviewers preview from the test on, the public reads only online. */
class CloudPhasesIT extends CloudApi {

    private String item() {
        return json("section", "PEOPLE", "kind", "ARTICLE", "title", "最美城管", "body", "记徐汇区的一位老队员。");
    }

    @Test
    void shouldTakeUploadsOnlyDuringMaterialPreparation() {
        on(LocalDate.of(2021, 6, 20));
        post("/api/v1/openday/2021/cloud/items", XUHUI_ADMIN, item()).refused(409, "wrong-phase");
        on(LocalDate.of(2021, 6, 21));
        post("/api/v1/openday/2021/cloud/items", XUHUI_ADMIN, item()).expect(201);
        on(LocalDate.of(2021, 7, 1));
        post("/api/v1/openday/2021/cloud/items", XUHUI_ADMIN, item()).expect(201);
        on(LocalDate.of(2021, 7, 5));
        Answer late =
                post("/api/v1/openday/2021/cloud/items", XUHUI_ADMIN, item()).refused(409, "wrong-phase");

        assertThat(late.json().path("detail").asString()).contains("平台测试");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "cloud_items"))
                .isEqualTo(2);
    }

    @Test
    void shouldLetReviewersPreviewOnlyFromThePlatformTestOn() {
        String id = submittedItem(XUHUI_ADMIN);

        get("/api/v1/openday/2021/cloud/preview", CITY_REVIEWER).refused(409, "wrong-phase");
        on(LocalDate.of(2021, 7, 6));
        assertThat(get("/api/v1/openday/2021/cloud/preview", CITY_REVIEWER)
                        .expect(200)
                        .text())
                .contains(id);
        assertThat(get("/api/v1/openday/2021/cloud/preview", XUHUI_REVIEWER)
                        .expect(200)
                        .text())
                .contains(id);
        assertThat(get("/api/v1/openday/2021/cloud/preview", JIADING_ADMIN)
                        .expect(200)
                        .text())
                .doesNotContain(id);
        get("/api/v1/openday/2021/cloud/preview", null).expect(401);
    }

    @Test
    void shouldFollowTheDatesTheCityOfficeSets() {
        String dates = json(
                "preparationFrom", "2021-06-01",
                "preparationTo", "2021-06-10",
                "testFrom", "2021-06-11",
                "testTo", "2021-06-12",
                "onlineFrom", "2021-06-13",
                "onlineTo", "2021-06-30");
        call(org.springframework.http.HttpMethod.PUT, "/api/v1/openday/2021/cloud/calendar", XUHUI_ADMIN, dates)
                .expect(403);
        on(LocalDate.of(2021, 6, 22));
        Answer set = call(
                        org.springframework.http.HttpMethod.PUT,
                        "/api/v1/openday/2021/cloud/calendar",
                        CITY_ADMIN,
                        dates)
                .expect(200);

        assertThat(set.json().path("currentPhase").asString()).isEqualTo("ONLINE");
        post("/api/v1/openday/2021/cloud/items", XUHUI_ADMIN, item()).refused(409, "wrong-phase");
        String backwards = dates.replace("\"testFrom\":\"2021-06-11\"", "\"testFrom\":\"2021-06-05\"");
        call(org.springframework.http.HttpMethod.PUT, "/api/v1/openday/2021/cloud/calendar", CITY_ADMIN, backwards)
                .refused(400, "invalid-request");
    }

    @Test
    void shouldShowEachOfTheTwentyUnitsWithTheThemeItsAdminSet() {
        String theme = json(
                "title", "徐汇区:群租安全普法直播",
                "startsAt", "2021-07-15T01:00:00Z",
                "endsAt", "2021-07-15T04:00:00Z");
        call(org.springframework.http.HttpMethod.PUT, "/api/v1/openday/2021/cloud/themes/xuhui", JIADING_ADMIN, theme)
                .expect(403);
        call(org.springframework.http.HttpMethod.PUT, "/api/v1/openday/2021/cloud/themes/city", CITY_ADMIN, theme)
                .refused(400, "invalid-request");
        call(org.springframework.http.HttpMethod.PUT, "/api/v1/openday/2021/cloud/themes/xuhui", XUHUI_ADMIN, theme)
                .expect(200);

        var units = get("/api/v1/openday/public/2021/cloud", null).json().path("units");
        assertThat(units).hasSize(20);
        java.util.List<String> titled = new java.util.ArrayList<>();
        units.forEach(u -> {
            if (!u.path("title").isNull()) {
                titled.add(u.path("unit").asString() + ":" + u.path("title").asString());
            }
        });
        assertThat(titled).containsExactly("xuhui:徐汇区:群租安全普法直播");
    }
}
