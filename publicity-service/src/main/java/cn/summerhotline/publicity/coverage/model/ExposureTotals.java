package cn.summerhotline.publicity.coverage.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Exposure (报道数, readers, views) added up per project, theme, unit and outlet kind. A project implemented by two
 * units counts in full for each of them: the per-unit figures answer "what did this unit reach", so they may add
 * up to more than the total.
 */
public record ExposureTotals(
        Exposure total,
        Map<String, Exposure> byProject,
        Map<Integer, Exposure> byTheme,
        Map<String, Exposure> byUnit,
        Map<OutletKind, Exposure> byOutletKind) {

    public record Exposure(long items, long readers, long views) {
        static final Exposure NONE = new Exposure(0, 0, 0);

        Exposure plus(Coverage c) {
            return new Exposure(items + 1, readers + c.readers(), views + c.views());
        }
    }

    public static ExposureTotals of(Collection<Coverage> coverage) {
        Exposure total = Exposure.NONE;
        for (Coverage c : coverage) {
            total = total.plus(c);
        }
        Map<String, Exposure> byUnit = new TreeMap<>();
        for (Coverage c : coverage) {
            for (String unit : c.units()) {
                byUnit.merge(unit, Exposure.NONE.plus(c), ExposureTotals::sum);
            }
        }
        return new ExposureTotals(
                total,
                group(coverage, Coverage::projectId),
                group(coverage, Coverage::theme),
                byUnit,
                group(coverage, Coverage::kind));
    }

    private static <K> Map<K, Exposure> group(Collection<Coverage> coverage, Function<Coverage, K> key) {
        Map<K, Exposure> totals = new TreeMap<>();
        for (Coverage c : coverage) {
            totals.merge(key.apply(c), Exposure.NONE.plus(c), ExposureTotals::sum);
        }
        return totals;
    }

    private static Exposure sum(Exposure a, Exposure b) {
        return new Exposure(a.items() + b.items(), a.readers() + b.readers(), a.views() + b.views());
    }

    public static List<OutletKind> kinds() {
        return List.of(OutletKind.values());
    }
}
