package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** The xlsx export as Excel reads it: real dates, filter and frozen headers, columns wide enough. */
class ComplaintExportIT extends ComplaintApi {

    private static final int RECEIVED_AT = 10;
    private static final int DUE_AT = 11;

    private XSSFWorkbook export(String token) throws Exception {
        byte[] body = http.get()
                .uri("/api/v1/complaints/export.xlsx")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .retrieve()
                .body(byte[].class);
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    @Test
    void shouldWriteTimesAsExcelDatesInBeijingTime() throws Exception {
        JsonNode complaint = create("xuhui");
        Instant received =
                OffsetDateTime.parse(complaint.get("receivedAt").asString()).toInstant();

        try (XSSFWorkbook workbook = export(TestTokens.cityAdmin())) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int column : new int[] {RECEIVED_AT, DUE_AT}) {
                Cell cell = sheet.getRow(2).getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                assertThat(cell.getCellStyle().getDataFormatString())
                        .contains("yyyy")
                        .contains("hh:mm");
            }
            LocalDateTime shown = sheet.getRow(2).getCell(RECEIVED_AT).getLocalDateTimeCellValue();
            assertThat(shown.truncatedTo(ChronoUnit.SECONDS))
                    .isEqualTo(LocalDateTime.ofInstant(received, ZoneId.of("Asia/Shanghai"))
                            .truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Test
    void shouldFilterAndFreezeTheHeaderAndSizeColumnsToTheirContent() throws Exception {
        create("xuhui");
        create("jiading");

        try (XSSFWorkbook workbook = export(TestTokens.cityAdmin())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:O4");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            // 诉求内容: the description of about 20 Chinese characters needs about 40 character widths.
            assertThat(sheet.getColumnWidth(7)).isGreaterThan(36 * 256);
            // 受理时间 Received at: "2021-08-05 22:30" and the English header.
            assertThat(sheet.getColumnWidth(RECEIVED_AT)).isGreaterThanOrEqualTo(16 * 256);
            for (int column = 0; column < 15; column++) {
                String zh = sheet.getRow(0).getCell(column).getStringCellValue();
                String en = sheet.getRow(1).getCell(column).getStringCellValue();
                assertThat(sheet.getColumnWidth(column))
                        .as("column " + en)
                        .isGreaterThanOrEqualTo(Math.max(zh.length() * 2, en.length()) * 256);
            }
        }
    }

    @Test
    void shouldLabelAReopenedComplaint重新办理() throws Exception {
        JsonNode complaint = create("xuhui");
        String id = complaint.get("id").asString();
        handledAndReplied(id);
        act(id, "reopen", TestTokens.operator(), body("reason", "市民反映仍有噪声"));

        try (XSSFWorkbook workbook = export(TestTokens.operator())) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(5).getStringCellValue())
                    .isEqualTo("重新办理");
        }
        JsonNode open311 =
                json(get("/open311/v2/requests/" + id + ".json", null)).get(0);
        assertThat(open311.get("status_notes").asString()).startsWith("重新办理");
    }
}
