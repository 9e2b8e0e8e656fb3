package cn.summerhotline.review.stats.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.audit.application.ReportingPeriod;
import cn.summerhotline.review.audit.web.PeriodParameters;
import cn.summerhotline.review.audit.web.PeriodRefusals;
import cn.summerhotline.review.stats.application.CountReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit")
class StatisticsController {

    private final CountReviews count;
    private final Clock clock;

    StatisticsController(CountReviews count, Clock clock) {
        this.count = count;
        this.clock = clock;
    }

    @Operation(
            operationId = "reviewStatistics",
            summary = "审核统计 Review statistics",
            description = "现在各状态、各层级的事项数和各层级的超时件数(按当前配置的时限);期间内各层级的审核决定数和从进入层级到作出决定的"
                    + "中位用时(修改后退回起始层级、预审自动拦截不计),按类别的下架数,举报次数、被举报和因举报隐藏的事项数,以及每种操作的记录数。"
                    + "范围与审计记录导出相同:市局全部单位,区局本单位,中队审核员本中队。"
                    + " Items by status and level and the overdue ones per level now (by the deadlines configured"
                    + " now); in the period, the decisions per level and the median time from entering the level to"
                    + " its decision (a stay ended by a revision, and the pre-screen's rejection at once, do not"
                    + " count), takedowns by kind, reports with the items reported and hidden, and the entries of"
                    + " each step. Scoped like the audit export: the city bureau every unit, a district its own, a"
                    + " squad's reviewer their squad.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "统计结果。The figures.",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = StatisticsView.class),
                                        examples = @ExampleObject(name = "xuhui", value = StatisticsExample.JSON)))
            })
    @PeriodRefusals
    @GetMapping("/api/v1/reviews/stats")
    StatisticsView statistics(Caller caller, @ParameterObject PeriodParameters parameters) {
        ReportingPeriod period = parameters.period(clock.instant());
        return StatisticsView.of(count.count(caller, period), ReportingPeriod.BUSINESS_ZONE);
    }
}
