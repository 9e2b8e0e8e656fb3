package cn.summerhotline.review.stats.model;

import cn.summerhotline.review.workflow.model.ReviewLevel;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The stays at each level of a period, kept as milliseconds (8 bytes a stay: a year of a campaign's decisions
 * is a few hundred kilobytes), for their count and median.
 */
public final class LevelDurations {

    private final Map<ReviewLevel, long[]> values = new EnumMap<>(ReviewLevel.class);
    private final Map<ReviewLevel, Integer> counts = new EnumMap<>(ReviewLevel.class);

    public void add(TimeAtLevel.Stay stay) {
        long[] kept = values.computeIfAbsent(stay.level(), level -> new long[16]);
        int count = counts.getOrDefault(stay.level(), 0);
        if (count == kept.length) {
            kept = Arrays.copyOf(kept, count * 2);
            values.put(stay.level(), kept);
        }
        kept[count] = stay.duration().toMillis();
        counts.put(stay.level(), count + 1);
    }

    public int count(ReviewLevel level) {
        return counts.getOrDefault(level, 0);
    }

    /** The middle stay (the mean of the two middle ones for an even count); null when there is none. */
    public Duration median(ReviewLevel level) {
        int count = count(level);
        if (count == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(values.get(level), count);
        Arrays.sort(sorted);
        long middle = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
        return Duration.ofMillis(middle);
    }
}
