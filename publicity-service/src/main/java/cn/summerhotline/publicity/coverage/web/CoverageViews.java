package cn.summerhotline.publicity.coverage.web;

import cn.summerhotline.publicity.coverage.model.Coverage;
import cn.summerhotline.publicity.coverage.model.ExposureTotals;
import cn.summerhotline.publicity.coverage.model.OutletKind;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Timeliness;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class CoverageViews {

    private CoverageViews() {}

    @Schema(description = "一条媒体报道。One report.")
    record CoverageView(
            @Schema(example = "m-1f0e...") String id,
            @Schema(example = "p2021-04") String projectId,
            String outlet,
            OutletKind kind,
            LocalDate date,
            @Schema(types = {"string", "null"}) String link,
            long readers,
            long views,
            @Schema(types = {"string", "null"}) String contentId,
            Instant recordedAt) {
        static CoverageView of(Coverage c) {
            return new CoverageView(
                    c.id(),
                    c.projectId(),
                    c.outlet(),
                    c.kind(),
                    c.date(),
                    c.link(),
                    c.readers(),
                    c.views(),
                    c.contentId(),
                    c.recordedAt());
        }
    }

    @Schema(description = "报道数、读者数和浏览量。Items, readers and views.")
    record ExposureView(
            @Schema(example = "3") long items,
            @Schema(example = "120000") long readers,
            @Schema(example = "350000") long views) {
        static ExposureView of(ExposureTotals.Exposure e) {
            return e == null ? new ExposureView(0, 0, 0) : new ExposureView(e.items(), e.readers(), e.views());
        }
    }

    @Schema(description = "一个项目的状态和传播量。A project's standing and reach.")
    record ProjectFigures(
            @Schema(example = "p2021-04") String projectId,
            int number,
            String title,
            int theme,
            List<String> units,
            ProgressStatus status,
            Timeliness timeliness,

            @Schema(description = "已发布内容数。Published contents.")
            int published,

            ExposureView exposure) {}

    record ThemeFigures(int theme, String title, ExposureView exposure) {}

    record UnitFigures(
            @Schema(example = "xuhui") String unit,
            @Schema(example = "徐汇区") String name,
            ExposureView exposure) {}

    record KindFigures(OutletKind kind, ExposureView exposure) {}

    @Schema(description = "年度统计:进度一览和媒体传播量。The year at a glance: progress and media reach.")
    record StatsView(
            @Schema(example = "2021") int year,
            @Schema(example = "2021-08-03") LocalDate today,

            @Schema(description = "各状态的项目数。Projects per status.")
            Map<ProgressStatus, Long> byStatus,

            @Schema(description = "按时、有风险、逾期的项目数。Projects per timeliness.")
            Map<Timeliness, Long> byTimeliness,

            ExposureView total,
            List<ProjectFigures> projects,
            List<ThemeFigures> themes,
            List<UnitFigures> units,
            List<KindFigures> outletKinds) {}
}
