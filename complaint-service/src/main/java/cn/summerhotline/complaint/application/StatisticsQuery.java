package cn.summerhotline.complaint.application;

import java.time.Instant;

/** Complaints received in [{@code from}, {@code to}), optionally of one district, grouped by one dimension. */
public record StatisticsQuery(Instant from, Instant to, GroupBy groupBy, String district) {

    public enum GroupBy {
        DISTRICT,
        CATEGORY,
        CHANNEL,
        DAY
    }
}
