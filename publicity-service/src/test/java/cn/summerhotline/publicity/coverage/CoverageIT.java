package cn.summerhotline.publicity.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** What reached the media: recorded by the implementing unit, added up per project, theme, unit and kind. */
class CoverageIT extends PublicityApi {

    @Autowired
    ConnectionFactory connectionFactory;

    private void record(String token, int project, String outlet, String kind, long readers, long views) {
        post(
                        "/api/v1/publicity/projects/" + project(project) + "/coverage",
                        token,
                        json(
                                "outlet",
                                outlet,
                                "kind",
                                kind,
                                "date",
                                YEAR + "-08-05",
                                "link",
                                "https://news.example.cn/1",
                                "readers",
                                readers,
                                "views",
                                views))
                .expect(201);
    }

    @Test
    void shouldAddUpExposurePerProjectThemeUnitAndOutletKind() throws Exception {
        importTestYear();
        try (EventTap tap = EventTap.bind(connectionFactory, "publicity-coverage-it", "coverage.recorded.*")) {
            record(XUHUI_ADMIN, 4, "新民晚报", "NEWSPAPER_GROUP", 120_000, 300_000);
            String event = new String(tap.receive(10_000).getBody(), StandardCharsets.UTF_8);
            EventContracts.assertValid("coverage-recorded.v1.schema.json", event);
            assertThat(JSON.readTree(event).path("data").has("recordedBy")).isFalse();
        }
        record(CITY_ADMIN, 4, "上海发布", "NEW_MEDIA", 0, 900_000);
        record(CITY_ADMIN, 3, "上海电视台新闻综合频道", "CITY_TV", 50_000, 0);

        JsonNode stats = get("/api/v1/publicity/" + YEAR + "/stats", CITY_ADMIN)
                .expect(200)
                .json();
        assertThat(stats.path("total").path("items").asLong()).isEqualTo(3);
        assertThat(stats.path("total").path("readers").asLong()).isEqualTo(170_000);
        assertThat(stats.path("total").path("views").asLong()).isEqualTo(1_200_000);
        JsonNode four = stats.path("projects").get(3);
        assertThat(four.path("projectId").asString()).isEqualTo(project(4));
        assertThat(four.path("exposure").path("views").asLong()).isEqualTo(1_200_000 - 0);
        assertThat(stats.path("themes").get(1).path("exposure").path("items").asLong())
                .isEqualTo(3);
        java.util.List<String> units = new java.util.ArrayList<>();
        stats.path("units").forEach(u -> units.add(u.path("unit").asString()));
        assertThat(units).containsExactly("city-coordination", "city-office", "xuhui");
        assertThat(stats.path("outletKinds")
                        .get(1)
                        .path("exposure")
                        .path("readers")
                        .asLong())
                .isEqualTo(50_000);

        JsonNode xuhui = get("/api/v1/publicity/" + YEAR + "/stats", XUHUI_ADMIN)
                .expect(200)
                .json();
        assertThat(xuhui.path("projects")).hasSize(1);
        assertThat(xuhui.path("total").path("items").asLong()).isEqualTo(2);

        var export = http().get()
                .uri("/api/v1/publicity/" + YEAR + "/coverage.xlsx")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(CITY_ADMIN))
                .retrieve()
                .toEntity(byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("媒体");
            assertThat(sheet.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(1_200_000);
        }
    }

    @Test
    void shouldLetOnlyTheImplementingUnitOrTheCityRecordAndRefuseBadReach() {
        importTestYear();
        post(
                        "/api/v1/publicity/projects/" + project(4) + "/coverage",
                        XUHUI_OFFICER,
                        json(
                                "outlet",
                                "新民晚报",
                                "kind",
                                "NEWSPAPER_GROUP",
                                "date",
                                YEAR + "-08-05",
                                "readers",
                                1,
                                "views",
                                1))
                .refused(403, "forbidden");
        post(
                        "/api/v1/publicity/projects/" + project(4) + "/coverage",
                        XUHUI_ADMIN,
                        json(
                                "outlet",
                                "新民晚报",
                                "kind",
                                "NEWSPAPER_GROUP",
                                "date",
                                YEAR + "-08-05",
                                "readers",
                                -1,
                                "views",
                                1))
                .refused(400, "invalid-request");
        post(
                        "/api/v1/publicity/projects/" + project(4) + "/coverage",
                        XUHUI_ADMIN,
                        json(
                                "outlet",
                                "新民晚报",
                                "kind",
                                "NEWSPAPER_GROUP",
                                "date",
                                "2030-08-05",
                                "readers",
                                1,
                                "views",
                                1))
                .refused(400, "invalid-request");
        assertThat(get("/api/v1/publicity/" + YEAR + "/stats", CITY_ADMIN)
                        .json()
                        .path("total")
                        .path("items")
                        .asLong())
                .isZero();
    }
}
