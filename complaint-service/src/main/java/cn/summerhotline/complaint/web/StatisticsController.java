package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.CountComplaints;
import cn.summerhotline.complaint.application.StatisticsQuery;
import cn.summerhotline.complaint.application.StatisticsRow;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "reports", description = "统计和导出。Statistics and export.")
class StatisticsController {

    private static final int MAX_DAYS = 400;

    private final CountComplaints count;
    private final Clock clock;

    StatisticsController(CountComplaints count, Clock clock) {
        this.count = count;
        this.clock = clock;
    }

    /** Business dates (Asia/Shanghai), both inclusive; the last 30 days unless given. */
    record Statistics(LocalDate from, LocalDate to, String groupBy, List<StatisticsRow> rows, StatisticsRow total) {}

    @Operation(
            operationId = "complaintStatistics",
            summary = "投诉统计 Complaint statistics",
            description = "按区、类别、渠道或日期统计受理、按时办结、答复、超期和满意度;区局只看本区。Received, handled on"
                    + " time, replied, overdue and satisfaction per district, category, channel or day; a district"
                    + " admin sees their district.")
    @GetMapping("/api/v1/complaints/stats")
    Statistics statistics(
            Caller caller,
            @Parameter(description = "起始业务日期(含),默认截止日前 29 天。First business date, inclusive.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "截止业务日期(含),默认今天。Last business date, inclusive; today by default.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(
                            description = "分组 Grouping",
                            schema = @Schema(allowableValues = {"district", "category", "channel", "day"}))
                    @RequestParam(defaultValue = "district")
                    String groupBy) {
        StatisticsQuery.GroupBy group;
        try {
            group = StatisticsQuery.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("complaint.invalid.group-by");
        }
        LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), TrackingNumbers.BUSINESS_ZONE);
        LocalDate first = from != null ? from : last.minusDays(29);
        if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ApiProblem.badRequest("complaint.invalid.statistics-period", MAX_DAYS);
        }
        List<StatisticsRow> rows = count.count(
                caller,
                first.atStartOfDay(TrackingNumbers.BUSINESS_ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(TrackingNumbers.BUSINESS_ZONE).toInstant(),
                group);
        return new Statistics(first, last, group.name().toLowerCase(Locale.ROOT), rows, total(rows));
    }

    private static StatisticsRow total(List<StatisticsRow> rows) {
        long rated = rows.stream().mapToLong(StatisticsRow::rated).sum();
        double scoreSum = rows.stream()
                .filter(r -> r.averageSatisfaction() != null)
                .mapToDouble(r -> r.averageSatisfaction() * r.rated())
                .sum();
        return new StatisticsRow(
                "total",
                rows.stream().mapToLong(StatisticsRow::received).sum(),
                rows.stream().mapToLong(StatisticsRow::handledOnTime).sum(),
                rows.stream().mapToLong(StatisticsRow::replied).sum(),
                rows.stream().mapToLong(StatisticsRow::overdue).sum(),
                rated,
                rated == 0 ? null : Math.round(100.0 * scoreSum / rated) / 100.0);
    }
}
