package cn.summerhotline.publicity.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.publicity.PublicityApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Plans imported through the API, as JSON and as the filled-in xlsx template, with their reports kept. */
class ImportIT extends PublicityApi {

    @Test
    void shouldImportTheFilledInTemplateAndReportItsDefects() throws Exception {
        var template = http().get()
                .uri("/api/v1/publicity/import-template.xlsx")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(CITY_ADMIN))
                .retrieve()
                .toEntity(byte[].class);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("项目名称");
            Row second = sheet.createRow(3);
            String[] cells = {
                "2", "全心全意办好民生实事", "办好民生实事", "2", "开展预防群租安全隐患普法", "市城管执法局", "徐汇区城管执法局、火星区城管执法局", "8 月上旬", "巡回宣讲", ""
            };
            for (int i = 0; i < cells.length; i++) {
                second.createCell(i).setCellValue(cells[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        var answer = http().post()
                .uri("/api/v1/publicity/" + YEAR + "/imports?campaignStart=" + YEAR + "-07-12&campaignEnd=" + YEAR
                        + "-08-20")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(CITY_ADMIN))
                .contentType(MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .body(filled)
                .retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        JsonNode report = JSON.readTree(answer.getBody());
        assertThat(report.path("imported").toString()).isEqualTo("[1]");
        assertThat(report.path("defects").get(0).path("kind").asString()).isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(report.path("defects").get(0).path("message").asString())
                .isEqualTo("项目 2 的部门“火星区城管执法局”不在组织名录中，未导入。");
        assertThat(get("/api/v1/publicity/" + YEAR + "/themes", MEDIA).json()).hasSize(2);
        assertThat(get("/api/v1/publicity/" + YEAR + "/import-report", CITY_ADMIN)
                        .json()
                        .path("source")
                        .asString())
                .isEqualTo("api:xlsx");
    }

    @Test
    void shouldImportAJsonPlanAndTellItsDefectsInTheCallersLanguage() {
        ObjectNode plan = plan(YEAR);
        ((ObjectNode) plan.path("projects").get(0)).put("period", "12月");

        post("/api/v1/publicity/" + YEAR + "/imports", XUHUI_ADMIN, plan.toString())
                .refused(403, "forbidden");
        JsonNode report = post("/api/v1/publicity/" + YEAR + "/imports", CITY_ADMIN, plan.toString())
                .expect(201)
                .json();

        assertThat(report.path("imported")).hasSize(15);
        assertThat(report.path("defects").toString()).contains("PERIOD_OUTSIDE_CAMPAIGN");
        Answer english = call(
                org.springframework.http.HttpMethod.GET,
                "/api/v1/publicity/" + YEAR + "/import-report",
                CITY_ADMIN,
                null,
                "en");
        assertThat(english.json().path("defects").get(0).path("message").asString())
                .isEqualTo("Project 1's period \"12月\" lies outside the campaign (" + YEAR + "-07-12 to " + YEAR
                        + "-08-20); imported as printed.");
    }

    @Test
    void shouldRefuseAPlanThatCannotBeReadAndStoreNothing() {
        post("/api/v1/publicity/" + YEAR + "/imports", CITY_ADMIN, "{\"year\": ")
                .refused(400, "invalid-request");
        ObjectNode otherYear = plan(YEAR + 1);
        post("/api/v1/publicity/" + YEAR + "/imports", CITY_ADMIN, otherYear.toString())
                .refused(400, "invalid-request");
        get("/api/v1/publicity/" + YEAR + "/themes", MEDIA).refused(404, "not-found");
        get("/api/v1/publicity/" + YEAR + "/import-report", CITY_ADMIN).refused(404, "not-found");
    }
}
