package cn.summerhotline.publicity.programme.web;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.programme.model.Milestone;
import cn.summerhotline.publicity.programme.model.PeriodPart;
import cn.summerhotline.publicity.programme.model.Progress;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.ProjectPlan;
import cn.summerhotline.publicity.programme.model.PublicityPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the programme's writes. */
final class ProjectRequests {

    static final String UNIT = "^[a-z][a-z0-9-]{1,39}$";

    private ProjectRequests() {}

    @Schema(description = "宣传时间:整月、某月上中下旬或某一天。A month, a part of one, or a day.")
    record PeriodBody(
            @NotNull @Min(1) @Max(12) @Schema(example = "8") Integer month,

            @Schema(
                    types = {"string", "null"},
                    example = "EARLY")
            PeriodPart part,

            @Min(1) @Max(31) @Schema(types = {"integer", "null"})
            Integer day) {

        PublicityPeriod in(int year) {
            return new PublicityPeriod(year, month, part, day);
        }
    }

    @Schema(description = "项目的计划内容。What the plan says of a project.")
    record ProjectBody(
            @NotBlank @Size(max = ProjectPlan.MAX_TITLE) @Schema(example = "开展预防群租安全隐患普法")
            String title,

            @NotNull @Min(1) @Max(20) @Schema(example = "2") Integer theme,

            @NotEmpty @Size(max = 10) @Schema(description = "责任部门的单位代码。Unit codes.", example = "[\"city\"]")
            List<@NotBlank @Size(max = 40) String> responsible,

            @NotEmpty @Size(max = 10) @Schema(description = "落实部门的单位代码。Unit codes.", example = "[\"xuhui\"]")
            List<@NotBlank @Size(max = 40) String> implementing,

            @NotNull @Valid PeriodBody period,
            @Size(max = ProjectPlan.MAX_DESCRIPTION) String description,

            @Size(max = 10) @Schema(description = "投诉类别代码。Complaint category codes.", example = "[\"GROUP_RENTING\"]")
            List<@NotBlank @Size(max = 40) String> caseCategories,

            @Size(max = 500)
            @Schema(
                    types = {"string", "null"},
                    description = "更正说明。Why it was corrected.")
            String note) {

        ProjectPlan plan(int year) {
            return new ProjectPlan(
                    title,
                    theme,
                    units(responsible),
                    units(implementing),
                    period.in(year),
                    description,
                    caseCategories == null ? List.of() : caseCategories);
        }
    }

    record MilestoneBody(
            @NotBlank @Size(max = 100) @Schema(example = "巡回宣讲首场")
            String title,

            @NotNull @Schema(example = "2021-08-03") LocalDate planned,

            @Schema(
                    types = {"string", "null"},
                    format = "date")
            LocalDate actual) {}

    @Schema(description = "落实单位报告的进度。The progress the implementing unit reports.")
    record ProgressBody(
            @NotNull @Schema(example = "PREPARING") ProgressStatus status,

            @NotNull @Min(0) @Max(100) @Schema(example = "40")
            Integer percent,

            @Size(max = 30) List<@Valid @NotNull MilestoneBody> milestones) {

        Progress progress() {
            List<Milestone> list = milestones == null
                    ? List.of()
                    : milestones.stream()
                            .map(m -> new Milestone(m.title(), m.planned(), m.actual()))
                            .toList();
            return new Progress(status, percent, list);
        }
    }

    static List<Unit> units(List<String> codes) {
        return codes.stream()
                .map(code -> Unit.ofCode(code).orElseThrow(() -> ApiProblem.badRequest("programme.unknown-unit", code)))
                .toList();
    }
}
