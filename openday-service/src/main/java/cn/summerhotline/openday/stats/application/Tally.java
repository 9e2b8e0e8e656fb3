package cn.summerhotline.openday.stats.application;

import cn.summerhotline.openday.stats.model.Metric;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * This instance's counts since the last flush, in memory: a view costs an adder's increment, not a write, so
 * counting never becomes the bottleneck under a flash crowd. {@link #drain} hands them to the store as increments
 * (at most a flush interval is lost if the instance dies).
 */
@Component
public class Tally {

    private final Map<Integer, Map<String, LongAdder>> pending = new ConcurrentHashMap<>();

    public void count(int year, String unit, Metric metric, long n) {
        add(year, "totals." + metric.name(), n);
        add(year, "units." + unit + "." + metric.name(), n);
    }

    public void viewed(int year, String unit, String section, String itemId) {
        count(year, unit, Metric.VIEWS, 1);
        if (section != null) {
            add(year, "sections." + section, 1);
        }
        if (itemId != null) {
            add(year, "items." + itemId, 1);
        }
    }

    /** Gives back increments a flush could not store, to go with the next one. */
    public void restore(int year, String field, long n) {
        add(year, field, n);
    }

    private void add(int year, String field, long n) {
        pending.computeIfAbsent(year, y -> new ConcurrentHashMap<>())
                .computeIfAbsent(field, f -> new LongAdder())
                .add(n);
    }

    /** Takes what was counted since the last drain; every count is taken exactly once. */
    public Map<Integer, Map<String, Long>> drain() {
        Map<Integer, Map<String, Long>> taken = new HashMap<>();
        pending.forEach((year, fields) -> fields.forEach((field, adder) -> {
            long n = adder.sumThenReset();
            if (n != 0) {
                taken.computeIfAbsent(year, y -> new HashMap<>()).put(field, n);
            }
        }));
        return taken;
    }
}
