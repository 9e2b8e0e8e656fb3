package cn.summerhotline.publicity.importing.web;

import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.importing.model.PlanDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as an xlsx a city admin fills in: one row per project with its theme (number, title, keyword), as the
 * printed plan has it; departments separated by 、 or commas, periods as printed. Two header rows (Chinese,
 * English), as every export of the platform. The campaign's dates come with the request.
 */
final class PlanWorkbook {

    static final List<String> HEADER =
            List.of("专题编号", "专题名称", "专题关键词", "项目编号", "项目名称", "责任部门", "落实部门", "宣传时间", "项目内容", "案例投诉类别");
    static final List<String> HEADER_EN = List.of(
            "Theme no.",
            "Theme",
            "Keyword",
            "Project no.",
            "Title",
            "Responsible",
            "Implementing",
            "Period",
            "Description",
            "Case categories");
    private static final int MAX_ROWS = 200;

    private PlanWorkbook() {}

    static void template(OutputStream out) {
        try (Spreadsheet sheet = new Spreadsheet("宣传项目", HEADER, "yyyy-mm-dd")) {
            sheet.header(HEADER_EN);
            sheet.row()
                    .number(1)
                    .text("凝心聚力助推国家战略")
                    .text("助推国家战略")
                    .number(1)
                    .text("毗邻区域共同管辖执法")
                    .text("市城管执法局")
                    .text("青浦区城管执法局")
                    .text("7月")
                    .text("（项目内容）")
                    .text("");
            sheet.write(out);
        }
    }

    static PlanDocument read(byte[] bytes, int year, LocalDate start, LocalDate end) {
        Map<Integer, PlanDocument.ThemeRow> themes = new LinkedHashMap<>();
        List<PlanDocument.ProjectRow> projects = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (int r = 2; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 2); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row, 4, format).isEmpty()) {
                    continue;
                }
                Integer theme = number(row, 0, format);
                if (theme != null) {
                    themes.putIfAbsent(
                            theme, new PlanDocument.ThemeRow(theme, text(row, 1, format), text(row, 2, format)));
                }
                projects.add(new PlanDocument.ProjectRow(
                        number(row, 3, format),
                        theme,
                        text(row, 4, format),
                        list(text(row, 5, format)),
                        list(text(row, 6, format)),
                        text(row, 7, format),
                        text(row, 8, format),
                        list(text(row, 9, format))));
            }
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.badRequest("import.invalid-workbook");
        }
        return new PlanDocument(
                year,
                null,
                "xlsx",
                new PlanDocument.Campaign(start, end, null),
                List.copyOf(themes.values()),
                projects);
    }

    private static String text(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private static Integer number(Row row, int column, DataFormatter format) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return (int) cell.getNumericCellValue();
        }
        try {
            return Integer.valueOf(text(row, column, format));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(String text) {
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("[、,，;；]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
