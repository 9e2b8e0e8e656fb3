package cn.summerhotline.publicity.coverage.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One report of a project by an outlet (媒体报道): outlet, kind, date, link and reach (readers, views). Recorded
 * once, never changed; the project's theme and units are kept with it so the totals need no join.
 */
public record Coverage(
        String id,
        String projectId,
        int year,
        int theme,
        List<String> units,
        String outlet,
        OutletKind kind,
        LocalDate date,
        String link,
        long readers,
        long views,
        String contentId,
        String recordedBy,
        Instant recordedAt) {

    public static final long MAX_REACH = 10_000_000_000L;
    private static final Pattern LINK = Pattern.compile("^https?://\\S{1,1990}$");

    public Coverage {
        if (outlet == null || outlet.isBlank() || outlet.strip().length() > 100) {
            throw new CoverageRuleViolation("outlet", "an outlet of 1-100 characters");
        }
        outlet = outlet.strip();
        if (kind == null) {
            throw new CoverageRuleViolation("kind", "the outlet's kind is required");
        }
        if (date == null || date.getYear() != year) {
            throw new CoverageRuleViolation("date", "the date lies in the campaign year " + year);
        }
        if (link != null && !LINK.matcher(link).matches()) {
            throw new CoverageRuleViolation("link", "an http or https link");
        }
        if (readers < 0 || views < 0 || readers > MAX_REACH || views > MAX_REACH) {
            throw new CoverageRuleViolation("reach", "readers and views are 0 to " + MAX_REACH);
        }
        units = List.copyOf(units);
    }

    /** The event subscribers hear: the record without who recorded it. */
    public CoverageRecorded recorded(String unit) {
        return new CoverageRecorded(
                id, projectId, year, theme, units, outlet, kind, date, link, readers, views, unit, recordedAt);
    }

    public record CoverageRecorded(
            String coverageId,
            String projectId,
            int year,
            int theme,
            List<String> units,
            String outlet,
            OutletKind kind,
            LocalDate date,
            String link,
            long readers,
            long views,
            String unit,
            Instant at) {}
}
