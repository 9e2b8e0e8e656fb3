package cn.summerhotline.review.audit.web;

import cn.summerhotline.review.audit.application.ReportingPeriod;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The {@code from} and {@code to} of the audit export and the statistics, bound from query parameters. */
public record PeriodParameters(
        @Parameter(
                description = "第一个业务日(含,Asia/Shanghai),默认 to 前 30 天。The first business day, included;"
                        + " 30 days before to by default.",
                example = "2025-07-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(
                description = "最后一个业务日的次日(不含),默认明天(含今天),须晚于 from 且不超过一年。The day after the"
                        + " last business day, excluded; tomorrow by default (today included). After from, at"
                        + " most a year later.",
                example = "2025-08-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to) {

    public ReportingPeriod period(Instant now) {
        return ReportingPeriod.of(from, to, now);
    }
}
