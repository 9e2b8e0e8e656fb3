package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class ComplaintReportsIT extends ComplaintApi {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void shouldCountReceivedHandledOnTimeRepliedOverdueAndSatisfactionByDistrict() {
        JsonNode rated = create("xuhui");
        handledAndReplied(rated.get("id").asString());
        post(
                "/api/v1/complaints/track/" + rated.get("trackingNumber").asString() + "/rating",
                null,
                body("score", 4, "ratingCode", rated.get("ratingCode").asString()));
        JsonNode second = create("xuhui");
        handledAndReplied(second.get("id").asString());
        post(
                "/api/v1/complaints/track/" + second.get("trackingNumber").asString() + "/rating",
                null,
                body("score", 5, "ratingCode", second.get("ratingCode").asString()));
        create("jiading");
        create(null);

        JsonNode stats = json(get(
                "/api/v1/complaints/stats?groupBy=district&from=" + TODAY + "&to=" + TODAY, TestTokens.cityAdmin()));

        JsonNode xuhui = row(stats, "xuhui");
        assertThat(xuhui.get("received").asLong()).isEqualTo(2);
        assertThat(xuhui.get("handledOnTime").asLong()).isEqualTo(2);
        assertThat(xuhui.get("replied").asLong()).isEqualTo(2);
        assertThat(xuhui.get("overdue").asLong()).isZero();
        assertThat(xuhui.get("averageSatisfaction").asDouble()).isEqualTo(4.5);
        assertThat(row(stats, "jiading").get("averageSatisfaction").isNull()).isTrue();
        assertThat(row(stats, "unassigned").get("received").asLong()).isEqualTo(1);
        assertThat(stats.get("total").get("received").asLong()).isEqualTo(4);
    }

    @Test
    void shouldCountByCategoryChannelAndDayAndKeepADistrictToItsOwn() {
        create("xuhui");
        create("jiading");
        post("/api/v1/complaints", null, complaintBody("xuhui", "WEB"));

        JsonNode byChannel = json(get("/api/v1/complaints/stats?groupBy=channel", TestTokens.operator()));
        assertThat(row(byChannel, "HOTLINE_12345").get("received").asLong()).isEqualTo(2);
        assertThat(row(byChannel, "WEB").get("received").asLong()).isEqualTo(1);
        JsonNode byDay = json(get("/api/v1/complaints/stats?groupBy=day", TestTokens.cityAdmin()));
        assertThat(row(byDay, TODAY).get("received").asLong()).isEqualTo(3);
        JsonNode byCategory = json(get("/api/v1/complaints/stats?groupBy=category", TestTokens.districtAdmin("xuhui")));
        assertThat(row(byCategory, "NIGHT_CONSTRUCTION_NOISE").get("received").asLong())
                .isEqualTo(2);

        assertProblem(get("/api/v1/complaints/stats?groupBy=weather", TestTokens.cityAdmin()), 400);
        assertProblem(get("/api/v1/complaints/stats", TestTokens.media()), 403);
        assertProblem(get("/api/v1/complaints/stats", null), 401);
    }

    @Test
    void shouldPageTheListWithATotal() {
        for (int i = 0; i < 5; i++) {
            create("xuhui");
        }

        JsonNode page =
                json(get("/api/v1/complaints?district=xuhui&status=ASSIGNED&page=1&size=2", TestTokens.cityAdmin()));

        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/complaints?status=CLOSED", TestTokens.cityAdmin()))
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void shouldExportTheFilteredListAsAnXlsxSheetWithPhonesMaskedAsInTheList() throws Exception {
        create("xuhui");
        create("xuhui");
        create("jiading");

        ResponseEntity<byte[]> export = http.get()
                .uri("/api/v1/complaints/export.xlsx?district=xuhui")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.cityAdmin()))
                .retrieve()
                .toEntity(byte[].class);

        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("complaints.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("受理编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("徐汇区");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("13812345678");
        }

        ResponseEntity<byte[]> jiading = http.get()
                .uri("/api/v1/complaints/export.xlsx")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.districtAdmin("jiading")))
                .retrieve()
                .toEntity(byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(jiading.getBody()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
        assertProblem(get("/api/v1/complaints/export.xlsx", TestTokens.media()), 403);
        assertProblem(get("/api/v1/complaints/export.xlsx?district=xuhui", TestTokens.districtAdmin("jiading")), 403);
    }

    private static JsonNode row(JsonNode stats, String key) {
        for (JsonNode row : stats.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + stats);
    }
}
