package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.platform.web.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The list's and the export's filters, bound from query parameters; dates are business dates (Asia/Shanghai),
 * {@code to} inclusive.
 */
record Filters(
        String district,
        Status status,
        Category category,
        Channel channel,
        Boolean overdue,
        Boolean followed,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    ComplaintFilter toFilter() {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.badRequest("complaint.invalid.period");
        }
        return ComplaintFilter.all()
                .inDistrict(district == null || district.isBlank() ? null : district)
                .withStatus(status)
                .inCategory(category)
                .throughChannel(channel)
                .withOverdue(overdue)
                .withFollowed(followed)
                .receivedBetween(startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    /** The first instant of a business day; null for an open end. */
    private static Instant startOf(LocalDate day) {
        return day == null
                ? null
                : day.atStartOfDay(TrackingNumbers.BUSINESS_ZONE).toInstant();
    }
}
