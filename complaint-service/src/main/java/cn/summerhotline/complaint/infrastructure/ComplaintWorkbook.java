package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.District;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A filtered list of complaints as an .xlsx sheet, written row by row (Apache POI's streaming workbook keeps
 * only a window of rows in memory). Headers are Chinese with the English below them.
 */
public final class ComplaintWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TrackingNumbers.BUSINESS_ZONE);
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

    private ComplaintWorkbook() {}

    /**
     * Writes the complaints the source hands over; {@code unmasked} tells for which of them the reader may see
     * the reporter's name and phone.
     */
    public static int write(Consumer<Consumer<Complaint>> source, Predicate<Complaint> unmasked, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("诉求 Complaints");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row zh = sheet.createRow(0);
            Row en = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                cell(zh, i, HEADERS[i][0]).setCellStyle(bold);
                cell(en, i, HEADERS[i][1]);
            }
            sheet.createFreezePane(0, 2);
            int[] next = {2};
            source.accept(complaint -> row(sheet.createRow(next[0]++), complaint, unmasked.test(complaint)));
            workbook.write(out);
            return next[0] - 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, Complaint complaint, boolean unmasked) {
        Reporter reporter = unmasked
                ? complaint.intake().reporter()
                : complaint.intake().reporter().masked();
        int c = 0;
        cell(row, c++, complaint.trackingNumber());
        cell(row, c++, complaint.category().nameZh());
        cell(row, c++, complaint.channel().nameZh());
        cell(
                row,
                c++,
                complaint.district() == null
                        ? ""
                        : District.ofCode(complaint.district())
                                .map(District::nameZh)
                                .orElse(complaint.district()));
        cell(row, c++, complaint.squad());
        cell(row, c++, complaint.status().nameZh());
        cell(row, c++, complaint.intake().address());
        cell(row, c++, complaint.intake().description());
        cell(row, c++, reporter.name());
        cell(row, c++, reporter.phone());
        cell(row, c++, time(complaint.receivedAt()));
        cell(row, c++, time(complaint.dueAt()));
        cell(row, c++, complaint.overdue() ? "是" : "否");
        cell(row, c++, complaint.replies().isEmpty() ? "否" : "是");
        if (!complaint.ratings().isEmpty()) {
            Rating latest = complaint.ratings().get(complaint.ratings().size() - 1);
            row.createCell(c).setCellValue(latest.score());
        }
    }

    private static Cell cell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
