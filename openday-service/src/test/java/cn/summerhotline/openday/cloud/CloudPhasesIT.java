package cn.summerhotline.openday.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.CloudApi;
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
}
