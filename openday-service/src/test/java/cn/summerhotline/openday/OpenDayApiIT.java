package cn.summerhotline.openday;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** A year's open day: read by anybody, set up by the city bureau, with the units' own themes. */
class OpenDayApiIT extends PlanningApi {

    static final String DAY = "/api/v1/openday/" + YEAR;

    @Test
    void shouldLetAUnitAddItsOwnThemeBesideTheSystemsTheme() {
        call(HttpMethod.PUT, DAY + "/themes/xuhui", XUHUI_ADMIN, json("theme", "守护一江一河"))
                .expect(200);
        call(HttpMethod.PUT, DAY + "/themes/lingang", TestTokens.districtAdmin("lingang"), json("theme", "临港新片区新气象"))
                .expect(200);
        call(HttpMethod.PUT, DAY + "/themes/corps", CITY_ADMIN, json("theme", "总队风采"))
                .expect(200);

        JsonNode day = get(DAY, null).expect(200).json();

        assertThat(day.path("theme").asString()).isEqualTo("守护城市，服务为民");
        assertThat(day.path("unitThemes")
                        .valueStream()
                        .map(t -> t.path("unit").asString() + ":"
                                + t.path("theme").asString()))
                .containsExactly("corps:总队风采", "lingang:临港新片区新气象", "xuhui:守护一江一河");
        assertThat(day.path("unitThemes").get(2).path("unitName").asString()).isEqualTo("徐汇区");
    }

    @Test
    void shouldRefuseAnotherUnitsThemeAndAnUnknownUnitAndChangeNothing() {
        var before = stored("open_days");

        call(HttpMethod.PUT, DAY + "/themes/jiading", XUHUI_ADMIN, json("theme", "不是我的"))
                .refused(403, "not-your-unit");
        call(HttpMethod.PUT, DAY + "/themes/xuhui", XUHUI_SYSTEM, json("theme", "系统"))
                .refused(403, "forbidden");
        call(HttpMethod.PUT, DAY + "/themes/city", CITY_ADMIN, json("theme", "市局"))
                .refused(400, "invalid-request");
        call(HttpMethod.PUT, DAY + "/themes/xuhui", XUHUI_ADMIN, json("theme", ""))
                .refused(400, "invalid-request");
        call(HttpMethod.PUT, "/api/v1/openday/2032/themes/xuhui", XUHUI_ADMIN, json("theme", "明年"))
                .refused(404, "not-found");

        assertThat(stored("open_days")).isEqualTo(before);
    }

    @Test
    void shouldSetUpAYearAndKeepTheUnitsThemesWhenItChanges() {
        call(HttpMethod.PUT, DAY + "/themes/xuhui", XUHUI_ADMIN, json("theme", "守护一江一河"))
                .expect(200);

        JsonNode day = call(HttpMethod.PUT, DAY, CITY_ADMIN, openDay("2031-07-16", "2031-07-06"))
                .expect(200)
                .json();

        assertThat(day.path("date").asString()).isEqualTo("2031-07-16");
        assertThat(day.path("plansLateFrom").asString()).isEqualTo("2031-07-06T16:00:00Z");
        assertThat(day.path("unitThemes")).hasSize(1);
        assertThat(day.path("venues")).isEmpty();
        assertThat(day.path("mainVenueId").isNull()).isTrue();
    }

    @Test
    void shouldRefuseADateOutsideItsYearInChineseAndEnglish() {
        var before = stored("open_days");

        JsonNode zh = call(HttpMethod.PUT, DAY, CITY_ADMIN, openDay("2030-07-15", "2030-07-05"))
                .refused(400, "invalid-request")
                .json();
        JsonNode en = call(HttpMethod.PUT, DAY, CITY_ADMIN, openDay("2030-07-15", "2030-07-05"), "en")
                .refused(400, "invalid-request")
                .json();

        assertThat(zh.path("errors").get(0).path("message").asString()).isEqualTo("开放日日期须在该年内。");
        assertThat(en.path("errors").get(0).path("message").asString())
                .isEqualTo("The open day's date must be in its year.");
        assertThat(stored("open_days")).isEqualTo(before);
    }

    @Test
    void shouldAnswerAYearWithoutAnOpenDay404AndANonYear404() {
        JsonNode missing =
                get("/api/v1/openday/2032", null).refused(404, "not-found").json();
        assertThat(missing.path("detail").asString()).isEqualTo("开放日 2032 不存在。");
        get("/api/v1/openday/1999", null).refused(400, "invalid-request");
        get("/api/v1/openday/twenty", null).expect(404);
    }
}
