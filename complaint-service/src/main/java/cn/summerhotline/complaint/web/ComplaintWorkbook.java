package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.District;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A filtered list of complaints as an .xlsx sheet, written row by row (Apache POI's streaming workbook keeps
 * only a window of rows in memory). Headers are Chinese with the English below them; the header rows stay
 * frozen and carry an autofilter; times are Excel dates in Beijing time, so that they sort and filter as dates;
 * columns are as wide as their content (a Chinese character counts twice). Personal data is masked as in the list.
 *
 * <p>It lives beside the JSON views rather than behind a port: it is one more representation of the list an
 * HTTP answer carries (the export endpoint's media type), written straight into the response, with nothing to
 * store or call and no other implementation to swap in.
 */
final class ComplaintWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    static final int MAX_WIDTH = 60;
    private static final int HEADER_ROWS = 2;
    private static final String[][] HEADERS = {
        {"受理编号", "Tracking number"},
        {"类别", "Category"},
        {"渠道", "Channel"},
        {"区", "District"},
        {"中队", "Squad"},
        {"状态", "Status"},
        {"地址", "Address"},
        {"诉求内容", "Description"},
        {"反映人", "Reporter"},
        {"联系电话", "Phone"},
        {"受理时间", "Received at"},
        {"办理时限", "Due at"},
        {"超期", "Overdue"},
        {"已回复", "Replied"},
        {"满意度", "Satisfaction"}
    };
    /** "2021-08-05 22:30" in characters. */
    private static final int DATE_WIDTH = 16;

    private ComplaintWorkbook() {}

    /**
     * Writes the complaints the source hands over; {@code unmasked} tells for which of them the reader may see
     * the reporter's name and phone (and free text unmasked).
     */
    static int write(Consumer<Consumer<Complaint>> source, Predicate<Complaint> unmasked, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("诉求 Complaints");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            int[] widths = new int[HEADERS.length];
            Row zh = sheet.createRow(0);
            Row en = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                cell(zh, i, HEADERS[i][0], widths).setCellStyle(bold);
                cell(en, i, HEADERS[i][1], widths).setCellStyle(bold);
            }
            sheet.createFreezePane(0, HEADER_ROWS);
            int[] next = {HEADER_ROWS};
            source.accept(
                    complaint -> row(sheet.createRow(next[0]++), complaint, unmasked.test(complaint), date, widths));
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(
                    HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, next[0] - 1), 0, HEADERS.length - 1));
            workbook.write(out);
            return next[0] - HEADER_ROWS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, Complaint complaint, boolean unmasked, CellStyle date, int[] widths) {
        Reporter reporter = unmasked
                ? complaint.intake().reporter()
                : complaint.intake().reporter().masked();
        UnaryOperator<String> text = unmasked ? UnaryOperator.identity() : MaskedText.of(complaint);
        int c = 0;
        cell(row, c++, complaint.trackingNumber(), widths);
        cell(row, c++, complaint.intake().category().nameZh(), widths);
        cell(row, c++, complaint.intake().channel().nameZh(), widths);
        cell(
                row,
                c++,
                complaint.routing().district() == null
                        ? ""
                        : District.ofCode(complaint.routing().district())
                                .map(District::nameZh)
                                .orElse(complaint.routing().district()),
                widths);
        cell(row, c++, complaint.routing().squad(), widths);
        cell(row, c++, complaint.status().nameZh(), widths);
        cell(row, c++, text.apply(complaint.intake().address()), widths);
        cell(row, c++, text.apply(complaint.intake().description()), widths);
        cell(row, c++, reporter.name(), widths);
        cell(row, c++, reporter.phone(), widths);
        time(row, c++, complaint.receivedAt(), date, widths);
        time(row, c++, complaint.deadline().dueAt(), date, widths);
        cell(row, c++, complaint.deadline().overdue() ? "是" : "否", widths);
        cell(row, c++, complaint.answers().replies().isEmpty() ? "否" : "是", widths);
        if (!complaint.answers().ratings().isEmpty()) {
            Rating latest = complaint.answers().latestRating();
            row.createCell(c).setCellValue(latest.score());
        }
    }

    private static Cell cell(Row row, int column, String value, int[] widths) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            widths[column] = Math.max(widths[column], displayWidth(value));
        }
        return cell;
    }

    private static void time(Row row, int column, Instant instant, CellStyle date, int[] widths) {
        Cell cell = row.createCell(column);
        if (instant != null) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, TrackingNumbers.BUSINESS_ZONE));
            cell.setCellStyle(date);
            widths[column] = Math.max(widths[column], DATE_WIDTH);
        }
    }

    /** Width in Excel's character units: Chinese (full-width) characters take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width +=
                    Character.isIdeographic(cp) || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
