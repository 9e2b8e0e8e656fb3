package cn.summerhotline.complaint.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Statistics by district, category, channel or day: received, handled on time, replied, overdue and average
 * satisfaction. A district bureau counts its own district only.
 */
@Component
public class CountComplaints {

    private final Complaints complaints;

    public CountComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    public List<StatisticsRow> count(Caller caller, Instant from, Instant to, StatisticsQuery.GroupBy groupBy) {
        caller.requireAny(Access.ANALYSTS);
        String district = null;
        if (!Access.cityWide(caller)) {
            if (!caller.has(Role.DISTRICT_ADMIN) || caller.unit() == null) {
                throw new org.springframework.security.access.AccessDeniedException("statistics");
            }
            district = caller.unit();
        }
        return complaints.statistics(new StatisticsQuery(from, to, groupBy, district));
    }
}
