package cn.summerhotline.publicity.programme.web;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.publicity.programme.model.Correction;
import cn.summerhotline.publicity.programme.model.Milestone;
import cn.summerhotline.publicity.programme.model.PeriodKind;
import cn.summerhotline.publicity.programme.model.PeriodPart;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.programme.model.PublicityPeriod;
import cn.summerhotline.publicity.programme.model.Timeliness;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as staff read it: the plan as printed, where it stands, and how it was corrected. */
@Schema(description = "宣传项目。A publicity project.")
public record ProjectView(
        @Schema(example = "p2021-04") String id,
        @Schema(example = "2021") int year,
        @Schema(example = "4") int number,
        @Schema(example = "2") int theme,
        @Schema(example = "开展预防群租安全隐患普法") String title,
        List<UnitView> responsible,
        List<UnitView> implementing,
        PeriodView period,
        String description,

        @Schema(description = "投诉案例取自的投诉类别。The complaint categories its case studies come from.")
        List<String> caseCategories,

        @Schema(description = "当前状态;宣传时间已过且无发布内容为 LATE。LATE once the period is over with nothing published.")
        ProgressStatus status,

        @Schema(description = "落实单位报告的状态。The status the implementing unit reported.")
        ProgressStatus reportedStatus,

        Timeliness timeliness,
        @Schema(example = "40") int percent,
        List<Milestone> milestones,

        @Schema(description = "已发布内容的数量。How many of its contents are published.")
        int published,

        @Schema(
                types = {"string", "null"},
                format = "date-time",
                description = "标记逾期的时间。When it was marked late.")
        Instant lateSince,

        @Schema(description = "导入或创建后的更正记录。The corrections since it was imported or created.")
        List<Correction> corrections,

        @Schema(example = "import:2021") String origin,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A unit of the organisation by its code and its Chinese name. */
    public record UnitView(
            @Schema(example = "xuhui") String code,
            @Schema(example = "徐汇区") String name) {
        public static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.label().zh());
        }

        public static List<UnitView> of(List<Unit> units) {
            return units.stream().map(UnitView::of).toList();
        }
    }

    /** The publicity period as printed and as dates. */
    public record PeriodView(
            PeriodKind kind,
            @Schema(example = "8月上旬") String text,
            @Schema(example = "8") int month,
            @Schema(types = {"string", "null"}) PeriodPart part,
            @Schema(types = {"integer", "null"}) Integer day,
            LocalDate start,
            LocalDate end) {
        public static PeriodView of(PublicityPeriod p) {
            return new PeriodView(p.kind(), p.text(), p.month(), p.part(), p.day(), p.start(), p.end());
        }
    }

    public static ProjectView of(Project p, LocalDate today) {
        var plan = p.plan();
        var s = p.snapshot();
        return new ProjectView(
                p.id(),
                p.year(),
                p.number(),
                plan.theme(),
                plan.title(),
                UnitView.of(plan.responsible()),
                UnitView.of(plan.implementing()),
                PeriodView.of(plan.period()),
                plan.description(),
                plan.caseCategories(),
                p.status(today),
                p.progress().status(),
                p.timeliness(today),
                p.progress().percent(),
                p.progress().milestones(),
                s.publishedContents().size(),
                s.lateSince(),
                s.corrections(),
                s.origin(),
                s.createdAt(),
                s.updatedAt(),
                p.version());
    }
}
