package cn.summerhotline.publicity.coverage.web;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.coverage.application.RecordCoverage;
import cn.summerhotline.publicity.coverage.model.ExposureTotals;
import cn.summerhotline.publicity.coverage.model.OutletKind;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.programme.model.Timeliness;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "coverage")
class StatsController {

    private final RecordCoverage coverage;
    private final FindProjects projects;

    StatsController(RecordCoverage coverage, FindProjects projects) {
        this.coverage = coverage;
        this.projects = projects;
    }

    @Operation(
            operationId = "getPublicityStats",
            summary = "年度统计 The year at a glance",
            description = "各状态和按时情况的项目数,各项目、专题、落实单位和媒体类型的报道数、读者数和浏览量;范围为调用方可见的项目"
                    + "(两个单位落实的项目分别计入两个单位)。"
                    + " Projects per status and timeliness; items, readers and views per project, theme, unit and outlet"
                    + " kind, over the projects the caller may see (a project of two units counts for each).")
    @GetMapping("/{year}/stats")
    CoverageViews.StatsView stats(
            Caller caller,
            @Parameter(description = "活动年度。The campaign year.", example = "2021") @PathVariable int year) {
        Programme programme = projects.programme(year);
        List<Project> visible = projects.visible(caller, year);
        ExposureTotals totals = coverage.totals(caller, year);
        LocalDate today = projects.today();
        Map<ProgressStatus, Long> byStatus = new EnumMap<>(ProgressStatus.class);
        Arrays.stream(ProgressStatus.values()).forEach(s -> byStatus.put(s, 0L));
        Map<Timeliness, Long> byTimeliness = new EnumMap<>(Timeliness.class);
        Arrays.stream(Timeliness.values()).forEach(t -> byTimeliness.put(t, 0L));
        for (Project p : visible) {
            byStatus.merge(p.status(today), 1L, Long::sum);
            byTimeliness.merge(p.timeliness(today), 1L, Long::sum);
        }
        List<CoverageViews.ProjectFigures> perProject = visible.stream()
                .map(p -> new CoverageViews.ProjectFigures(
                        p.id(),
                        p.number(),
                        p.plan().title(),
                        p.plan().theme(),
                        p.plan().implementing().stream().map(Unit::code).toList(),
                        p.status(today),
                        p.timeliness(today),
                        p.snapshot().publishedContents().size(),
                        CoverageViews.ExposureView.of(totals.byProject().get(p.id()))))
                .toList();
        List<CoverageViews.ThemeFigures> perTheme = programme.themes().stream()
                .map(t -> new CoverageViews.ThemeFigures(
                        t.number(),
                        t.title(),
                        CoverageViews.ExposureView.of(totals.byTheme().get(t.number()))))
                .toList();
        List<CoverageViews.UnitFigures> perUnit = totals.byUnit().entrySet().stream()
                .map(e -> new CoverageViews.UnitFigures(
                        e.getKey(),
                        Unit.ofCode(e.getKey()).map(u -> u.label().zh()).orElse(e.getKey()),
                        CoverageViews.ExposureView.of(e.getValue())))
                .toList();
        List<CoverageViews.KindFigures> perKind = Arrays.stream(OutletKind.values())
                .map(k -> new CoverageViews.KindFigures(
                        k, CoverageViews.ExposureView.of(totals.byOutletKind().get(k))))
                .toList();
        return new CoverageViews.StatsView(
                year,
                today,
                byStatus,
                byTimeliness,
                CoverageViews.ExposureView.of(totals.total()),
                perProject,
                perTheme,
                perUnit,
                perKind);
    }
}
