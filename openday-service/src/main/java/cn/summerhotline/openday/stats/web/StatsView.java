package cn.summerhotline.openday.stats.web;

import cn.summerhotline.openday.stats.model.Metric;
import cn.summerhotline.openday.stats.model.Snapshot;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A year's counts: totals and per unit by metric code, views per section and per item. */
record StatsView(
        int year,
        Map<String, Long> totals,
        Map<String, Map<String, Long>> units,
        Map<String, Long> sections,
        Map<String, Long> items,
        Instant at) {

    static StatsView of(Snapshot s) {
        Map<String, Map<String, Long>> units = new TreeMap<>();
        s.units().forEach((unit, metrics) -> units.put(unit, codes(metrics)));
        return new StatsView(
                s.year(), codes(s.totals()), units, new TreeMap<>(s.sections()), new TreeMap<>(s.items()), s.at());
    }

    private static Map<String, Long> codes(Map<Metric, Long> metrics) {
        Map<String, Long> codes = new TreeMap<>();
        metrics.forEach((metric, n) -> codes.put(metric.name(), n));
        return codes;
    }
}
