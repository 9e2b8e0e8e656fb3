package cn.summerhotline.openday.checkin.web;

import cn.summerhotline.openday.checkin.application.ExportRegistrations;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/** A session's or a venue's registrations as an .xlsx sheet, Chinese headers over English ones. */
final class RegistrationWorkbook {

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";

    private static final String[][] HEADERS = {
        {"报名编号", "Registration"},
        {"场次", "Session"},
        {"场次开始", "Starts at"},
        {"人群", "Audience"},
        {"姓名", "Name"},
        {"手机号码", "Phone"},
        {"人数", "Party"},
        {"状态", "Status"},
        {"候补转确认", "Promoted"},
        {"报名时间", "Registered at"},
        {"签到时间", "Checked in at"}
    };

    private RegistrationWorkbook() {}

    static int write(Consumer<Consumer<ExportRegistrations.Line>> source, OutputStream out) {
        try (Spreadsheet sheet = new Spreadsheet(
                "报名 Registrations", Arrays.stream(HEADERS).map(h -> h[0]).toList(), DATE_FORMAT)) {
            sheet.header(Arrays.stream(HEADERS).map(h -> h[1]).toList());
            source.accept(line -> {
                Registration r = line.registration();
                sheet.row()
                        .text(r.id())
                        .text(line.session().id())
                        .time(line.session().startsAt())
                        .text(r.audience().label().zh())
                        .text(r.registrant().name())
                        .text(line.phone())
                        .number(r.partySize())
                        .text(r.status().label().zh())
                        .text(r.promoted() ? "是" : "否")
                        .time(r.createdAt())
                        .time(line.checkedInAt());
            });
            return sheet.write(out);
        }
    }
}
