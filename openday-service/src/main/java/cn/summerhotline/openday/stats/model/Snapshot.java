package cn.summerhotline.openday.stats.model;

import java.time.Instant;
import java.util.Map;

/**
 * A year's counts as stored: totals, per unit ({@code city} for the city's and the citizens'), views per section
 * and per item.
 */
public record Snapshot(
        int year,
        Map<Metric, Long> totals,
        Map<String, Map<Metric, Long>> units,
        Map<String, Long> sections,
        Map<String, Long> items,
        Instant at) {

    public Snapshot {
        totals = Map.copyOf(totals);
        units = Map.copyOf(units);
        sections = Map.copyOf(sections);
        items = Map.copyOf(items);
    }
}
