package cn.summerhotline.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A sheet as Excel reads it back: frozen bold headers, a filter, dates in Beijing time, columns wide enough. */
class SpreadsheetTest {

    private static XSSFWorkbook written(Spreadsheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void shouldFreezeAndFilterBelowItsHeaderRowsAndWriteDatesInBeijingTime() throws Exception {
        try (Spreadsheet sheet = new Spreadsheet("记录", List.of("时间", "说明", "件数"), "yyyy-mm-dd hh:mm")) {
            sheet.header(List.of("Time", "Note", "Count"));
            sheet.row()
                    .time(Instant.parse("2025-07-10T00:00:00Z"))
                    .text("夏季专项执法行动的宣传稿件")
                    .number(3);
            sheet.row().time(null).text(null).number(null);

            try (XSSFWorkbook workbook = written(sheet)) {
                XSSFSheet read = workbook.getSheet("记录");
                assertThat(read.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:C4");
                assertThat(read.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 2);
                assertThat(workbook.getFontAt(
                                        read.getRow(0).getCell(0).getCellStyle().getFontIndex())
                                .getBold())
                        .isTrue();
                var time = read.getRow(2).getCell(0);
                assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
                assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 7, 10, 8, 0));
                assertThat(read.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(3);
                // 13 Chinese characters take 26 widths, plus the margin of 2.
                assertThat(read.getColumnWidth(1)).isEqualTo((26 + 2) * 256);
                assertThat(read.getColumnWidth(0)).isEqualTo((16 + 2) * 256);
                assertThat(read.getRow(3).getCell(1).getStringCellValue()).isEmpty();
            }
        }
    }

    @Test
    void shouldCapAColumnsWidthAndFilterAnEmptySheetsHeader() throws Exception {
        try (Spreadsheet sheet = new Spreadsheet("Sheet", List.of("Note"), "yyyy-mm-dd")) {
            try (XSSFWorkbook workbook = written(sheet)) {
                assertThat(workbook.getSheetAt(0)
                                .getCTWorksheet()
                                .getAutoFilter()
                                .getRef())
                        .isEqualTo("A1");
            }
        }
        try (Spreadsheet sheet = new Spreadsheet("Sheet", List.of("Note"), "yyyy-mm-dd")) {
            sheet.row().text("长".repeat(100));
            try (XSSFWorkbook workbook = written(sheet)) {
                assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isEqualTo((Spreadsheet.MAX_WIDTH + 2) * 256);
            }
        }
    }
}
