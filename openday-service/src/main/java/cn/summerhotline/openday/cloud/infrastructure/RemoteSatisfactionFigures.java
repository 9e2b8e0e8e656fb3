package cn.summerhotline.openday.cloud.infrastructure;

import cn.summerhotline.openday.cloud.application.SatisfactionFigures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The figures through complaint-service's Feign client; a failure stays a failure (no figures made up). */
@Component
class RemoteSatisfactionFigures implements SatisfactionFigures {

    @Configuration(proxyBeanMethods = false)
    @EnableFeignClients(clients = ComplaintStatistics.class)
    static class Clients {}

    private final ComplaintStatistics complaints;

    RemoteSatisfactionFigures(ComplaintStatistics complaints) {
        this.complaints = complaints;
    }

    @Override
    public Figures of(LocalDate from, LocalDate to) {
        ComplaintStatistics.Statistics stats = complaints.statistics(from, to, "district");
        if (stats == null) {
            return new Figures(List.of(), null);
        }
        List<DistrictFigures> districts = stats.rows() == null
                ? List.of()
                : stats.rows().stream().map(RemoteSatisfactionFigures::figures).toList();
        return new Figures(districts, stats.total() == null ? null : figures(stats.total()));
    }

    private static DistrictFigures figures(ComplaintStatistics.Row r) {
        return new DistrictFigures(
                r.key(), r.received(), r.handledOnTime(), r.replied(), r.rated(), r.averageSatisfaction());
    }
}
