package cn.summerhotline.publicity.importing.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.publicity.importing.model.Defect;
import cn.summerhotline.publicity.importing.model.DefectKind;
import cn.summerhotline.publicity.importing.model.ImportReport;
import cn.summerhotline.publicity.importing.model.Severity;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The kept report of a year's import, its defects told in the caller's language. */
@Schema(description = "导入报告。The import report.")
record ImportReportView(
        @Schema(example = "2021") int year,
        String title,
        @Schema(example = "plans/summer-hotline-2021.json") String source,
        String by,
        Instant at,
        int themes,
        @Schema(description = "读到的项目行数。Project rows read.") int rows,

        @Schema(description = "已导入的项目编号。The numbers imported.")
        List<Integer> imported,

        @Schema(description = "未导入的项目数。Rows left out.") int skipped,
        List<DefectView> defects) {

    @Schema(description = "计划的一处问题。One defect of the plan.")
    record DefectView(
            DefectKind kind,
            Severity severity,

            @Schema(
                    types = {"integer", "null"},
                    example = "8")
            Integer project,

            @Schema(types = {"integer", "null"}) Integer theme,
            @Schema(example = "title") String field,
            List<String> values,

            @Schema(example = "项目 8 的名称“精准靶向解决为民诉求”和落实部门（嘉定区）与项目 7 相同。")
            String message) {}

    static ImportReportView of(ImportReport report, ProblemMessages messages, Locale locale) {
        return new ImportReportView(
                report.year(),
                report.title(),
                report.source(),
                report.by(),
                report.at(),
                report.themes(),
                report.rows(),
                report.imported(),
                report.rows() - report.imported().size(),
                report.defects().stream().map(d -> view(d, messages, locale)).toList());
    }

    private static DefectView view(Defect d, ProblemMessages messages, Locale locale) {
        Object[] arguments = new Object[4];
        arguments[0] = d.project() != null ? d.project() : d.theme();
        for (int i = 0; i < Math.min(3, d.values().size()); i++) {
            arguments[i + 1] = d.values().get(i);
        }
        String message = messages.text("import.defect." + d.kind().name(), locale, arguments);
        return new DefectView(d.kind(), d.severity(), d.project(), d.theme(), d.field(), d.values(), message);
    }
}
