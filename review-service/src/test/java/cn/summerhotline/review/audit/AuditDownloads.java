package cn.summerhotline.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The audit export as a caller downloads it and a spreadsheet reader opens it: its header, rows and cells. */
final class AuditDownloads {

    static final String JULY = "?from=2025-07-01&to=2025-08-01";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AuditDownloads() {}

    static ResponseEntity<byte[]> download(int port, String query, String token, String language) {
        var request = ServiceClient.on(port)
                .get()
                .uri("/api/v1/reviews/audit.xlsx" + query)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.retrieve().toEntity(byte[].class);
    }

    /** The problem a refused export answers in English. */
    static String englishProblem(int port, String query, String token) {
        return ServiceClient.on(port)
                .get()
                .uri("/api/v1/reviews/audit.xlsx" + query)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .retrieve()
                .body(String.class);
    }

    static XSSFWorkbook export(int port, String query, String token, String language) {
        ResponseEntity<byte[]> answer = download(port, query, token, language);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(XSSFWorkbook workbook) {
        List<String> titles = new ArrayList<>();
        workbook.getSheetAt(0).getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
        return titles;
    }

    static List<Row> rows(XSSFWorkbook workbook) {
        List<Row> rows = new ArrayList<>();
        XSSFSheet sheet = workbook.getSheetAt(0);
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
