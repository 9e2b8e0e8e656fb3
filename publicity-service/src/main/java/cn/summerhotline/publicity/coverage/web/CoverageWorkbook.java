package cn.summerhotline.publicity.coverage.web;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.publicity.coverage.model.Coverage;
import cn.summerhotline.publicity.coverage.model.ExposureTotals;
import cn.summerhotline.publicity.programme.model.Project;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The year's coverage as xlsx: Chinese and English header rows, one row per report, the totals last. */
final class CoverageWorkbook {

    private static final List<String> HEADER =
            List.of("项目编号", "项目名称", "专题", "落实单位", "媒体", "媒体类型", "报道日期", "链接", "读者数", "浏览量");
    private static final List<String> HEADER_EN =
            List.of("No.", "Project", "Theme", "Units", "Outlet", "Kind", "Date", "Link", "Readers", "Views");

    private CoverageWorkbook() {}

    static void write(List<Coverage> coverage, Map<String, Project> projects, OutputStream out) {
        try (Spreadsheet sheet = new Spreadsheet("媒体报道", HEADER, "yyyy-mm-dd")) {
            sheet.header(HEADER_EN);
            for (Coverage c : coverage) {
                Project project = projects.get(c.projectId());
                sheet.row()
                        .number(project == null ? null : project.number())
                        .text(project == null ? c.projectId() : project.plan().title())
                        .number(c.theme())
                        .text(String.join(
                                "、",
                                c.units().stream().map(CoverageWorkbook::name).toList()))
                        .text(c.outlet())
                        .text(c.kind().label().zh())
                        .time(c.date()
                                .atTime(LocalTime.NOON)
                                .atZone(Spreadsheet.BUSINESS_ZONE)
                                .toInstant())
                        .text(c.link())
                        .number(c.readers())
                        .number(c.views());
            }
            ExposureTotals.Exposure total = ExposureTotals.of(coverage).total();
            sheet.row()
                    .text("合计 Total")
                    .text(total.items() + " 条")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .text("")
                    .number(total.readers())
                    .number(total.views());
            sheet.write(out);
        }
    }

    private static String name(String code) {
        return Unit.ofCode(code).map(u -> u.label().zh()).orElse(code);
    }
}
