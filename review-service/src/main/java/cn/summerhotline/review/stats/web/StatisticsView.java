package cn.summerhotline.review.stats.web;

import cn.summerhotline.review.stats.application.ReviewFigures;
import cn.summerhotline.review.stats.application.ReviewStatistics;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@Schema(description = "审核统计。The review's statistics.")
record StatisticsView(
        @Schema(description = "期间的第一个业务日(含)。The period's first business day.")
        LocalDate from,

        @Schema(description = "期间最后一个业务日的次日(不含)。The day after the period's last.")
        LocalDate to,

        @Schema(description = "统计时间:当前状态和超时按此时计算。When the present figures were taken.")
        OffsetDateTime at,

        @Schema(
                types = {"string", "null"},
                description = "统计的单位;null 为全部单位。The unit; null for every unit.")
        String unit,

        @Schema(
                types = {"string", "null"},
                description = "统计的班组(中队审核员)。The squad, for a squad's reviewer.")
        String squad,

        @Schema(description = "现在各状态、各层级的事项数。Items by status and level now.")
        Items items,

        @Schema(
                description = "各层级:现待审核、超时,期间内的审核决定数和中位用时。Per level: pending and overdue now;"
                        + " decisions in the period and the median time before them.")
        List<Level> levels,

        @Schema(description = "期间内的下架,按类别。Takedowns in the period by kind.")
        Takedowns takedowns,

        @Schema(description = "期间内的公众举报。Public reports in the period.")
        Reports reports,

        @Schema(description = "期间内每种操作的记录数和事项数。Entries of each step in the period, and the items they" + " concern.")
        List<Action> actions) {

    record Items(long total, List<ItemCount> byStatusAndLevel) {}

    @Schema(
            description =
                    "层级:待审核事项所在层级;其他状态为最后到达的层级。The level: where a pending item waits; else" + " the last it reached.")
    record ItemCount(ReviewStatus status, ReviewLevel level, long items) {}

    record Level(
            ReviewLevel level,

            @Schema(
                    format = "duration",
                    description = "本层级的审核时限(summer.reviews.deadlines)。The level's deadline.",
                    example = "PT24H")
            String deadline,

            @Schema(description = "现待审核。Pending now.") long pending,

            @Schema(description = "现已超时。Past the deadline now.")
            long overdue,

            @Schema(description = "期间内在本层级作出的审核决定(通过或不通过)。Decisions taken at the level in the" + " period.")
            long decided,

            @Schema(
                    types = {"string", "null"},
                    format = "duration",
                    description = "从进入本层级到作出决定的中位用时;没有决定时为 null。The median time from entering the"
                            + " level to its decision; null without decisions.",
                    example = "PT5H30M")
            String medianTime) {}

    record Takedowns(long total, List<KindCount> byKind) {}

    record KindCount(TakedownKind kind, long takedowns) {}

    record Reports(
            @Schema(description = "举报次数。Reports.") long reports,
            @Schema(description = "被举报的事项数。Items reported.") long itemsReported,

            @Schema(description = "因举报被隐藏的事项数。Items hidden after reports.")
            long itemsHidden) {}

    record Action(
            Step step,

            @Schema(description = "下架的类别,仅下架时有。A takedown's kind, for takedowns only.")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            TakedownKind takedownKind,

            long entries,
            long items) {}

    static StatisticsView of(ReviewStatistics s, ZoneId zone) {
        List<ItemCount> items = s.items().stream()
                .map(c -> new ItemCount(c.status(), c.level(), c.items()))
                .toList();
        List<KindCount> kinds = s.takedowns().entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()))
                .toList();
        return new StatisticsView(
                s.period().from(),
                s.period().to(),
                OffsetDateTime.ofInstant(s.at(), zone),
                s.scope().unit(),
                s.scope().squad(),
                new Items(items.stream().mapToLong(ItemCount::items).sum(), items),
                s.levels().stream()
                        .map(l -> new Level(
                                l.level(),
                                l.deadline().toString(),
                                l.pending(),
                                l.overdue(),
                                l.decided(),
                                seconds(l.medianTime())))
                        .toList(),
                new Takedowns(kinds.stream().mapToLong(KindCount::takedowns).sum(), kinds),
                new Reports(
                        s.reports().reports(),
                        s.reports().itemsReported(),
                        s.reports().itemsHidden()),
                s.steps().stream().map(StatisticsView::action).toList());
    }

    private static Action action(ReviewFigures.StepCount c) {
        return new Action(c.step(), c.takedownKind(), c.entries(), c.items());
    }

    /** To the second: a median's milliseconds mean nothing to its readers. */
    private static String seconds(Duration duration) {
        return duration == null
                ? null
                : Duration.ofSeconds(duration.toSeconds()).toString();
    }
}
