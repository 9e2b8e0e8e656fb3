package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.District;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A filtered list of complaints as an .xlsx sheet, written row by row as the platform's {@link Spreadsheet} does
 * (frozen headers with an autofilter, times as Excel dates in Beijing time, columns as wide as their content).
 * Headers are Chinese with the English below them. Personal data is masked as in the list.
 *
 * <p>It lives beside the JSON views rather than behind a port: it is one more representation of the list an
 * HTTP answer carries (the export endpoint's media type), written straight into the response, with nothing to
 * store or call and no other implementation to swap in.
 */
final class ComplaintWorkbook {

    static final String MEDIA_TYPE = Spreadsheet.MEDIA_TYPE;

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
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
     * the reporter's name and phone (and free text unmasked).
     */
    static int write(Consumer<Consumer<Complaint>> source, Predicate<Complaint> unmasked, OutputStream out) {
        try (Spreadsheet sheet = new Spreadsheet(
                "诉求 Complaints", Arrays.stream(HEADERS).map(h -> h[0]).toList(), DATE_FORMAT)) {
            sheet.header(Arrays.stream(HEADERS).map(h -> h[1]).toList());
            source.accept(complaint -> row(sheet.row(), complaint, unmasked.test(complaint)));
            return sheet.write(out);
        }
    }

    private static void row(Spreadsheet.Row row, Complaint complaint, boolean unmasked) {
        Reporter reporter = unmasked
                ? complaint.intake().reporter()
                : complaint.intake().reporter().masked();
        UnaryOperator<String> text = unmasked ? UnaryOperator.identity() : MaskedText.of(complaint);
        row.text(complaint.trackingNumber())
                .text(complaint.intake().category().nameZh())
                .text(complaint.intake().channel().nameZh())
                .text(
                        complaint.routing().district() == null
                                ? ""
                                : District.ofCode(complaint.routing().district())
                                        .map(District::nameZh)
                                        .orElse(complaint.routing().district()))
                .text(complaint.routing().squad())
                .text(complaint.status().nameZh())
                .text(text.apply(complaint.intake().address()))
                .text(text.apply(complaint.intake().description()))
                .text(reporter.name())
                .text(reporter.phone())
                .time(complaint.receivedAt())
                .time(complaint.deadline().dueAt())
                .text(complaint.deadline().overdue() ? "是" : "否")
                .text(complaint.answers().replies().isEmpty() ? "否" : "是");
        if (!complaint.answers().ratings().isEmpty()) {
            Rating latest = complaint.answers().latestRating();
            row.number(latest.score());
        }
    }
}
