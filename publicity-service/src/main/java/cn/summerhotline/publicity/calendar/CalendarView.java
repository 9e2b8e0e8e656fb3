package cn.summerhotline.publicity.calendar;

import cn.summerhotline.publicity.content.model.ContentKind;
import cn.summerhotline.publicity.content.model.ContentStatus;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Timeliness;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The campaign's days grouped by day, week or month: which projects run, which are due, what was published. */
@Schema(description = "宣传日历。The publicity calendar.")
record CalendarView(
        @Schema(example = "2021") int year,
        LocalDate from,
        LocalDate to,
        Granularity granularity,
        List<Bucket> buckets,

        @Schema(description = "本周到期的项目,按落实单位。This week's due projects, per unit.")
        DueThisWeek dueThisWeek) {

    @Schema(description = "日历中的一天、一周或一月。A day, week or month of the calendar.")
    record Bucket(
            LocalDate start,
            LocalDate end,

            @Schema(description = "宣传时间与之重叠的项目。Projects whose period overlaps it.")
            List<ProjectEntry> active,

            @Schema(description = "宣传时间在其中结束的项目。Projects whose period ends in it.")
            List<ProjectEntry> due,

            @Schema(description = "其中送审或发布的内容。Content handed in or published in it.")
            List<ContentEntry> contents) {}

    record ProjectEntry(
            @Schema(example = "p2021-04") String id,
            int number,
            String title,
            List<String> units,
            @Schema(example = "8月上旬") String period,
            LocalDate periodStart,
            LocalDate periodEnd,
            ProgressStatus status,
            Timeliness timeliness) {}

    record ContentEntry(
            String id,
            String projectId,
            String title,
            ContentKind kind,
            ContentStatus status,

            @Schema(description = "发布时间,未发布时为送审时间。Published, else handed in.")
            Instant at) {}

    record DueThisWeek(LocalDate weekStart, LocalDate weekEnd, List<UnitDue> units) {}

    record UnitDue(
            @Schema(example = "xuhui") String unit,
            @Schema(example = "徐汇区") String name,
            List<ProjectEntry> projects) {}
}
