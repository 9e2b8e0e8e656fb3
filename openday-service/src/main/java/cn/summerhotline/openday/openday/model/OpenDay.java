package cn.summerhotline.openday.openday.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One year's public open day (附件1): its date, the theme of the whole system, the themes units add for
 * themselves ("各单位可结合区局实际增设活动主题"), and the day by which each district bureau's plan is due at the
 * city bureau office.
 *
 * @param year the year
 * @param date the day on site (15 July in 2021)
 * @param theme the system-wide theme
 * @param unitThemes the themes units added, by unit code (in code order)
 * @param planDeadline the last day a district's plan is on time (5 July in 2021): due by its end, Shanghai time
 */
public record OpenDay(int year, LocalDate date, String theme, Map<String, String> unitThemes, LocalDate planDeadline) {

    /** Business dates are Shanghai's (docs/ARCHITECTURE.md, HTTP API conventions). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final int MAX_THEME = 100;

    public OpenDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(planDeadline, "planDeadline");
        if (date.getYear() != year) {
            throw new IllegalArgumentException("the open day of " + year + " is in " + year);
        }
        if (planDeadline.isAfter(date)) {
            throw new IllegalArgumentException("plans are due before the day");
        }
        unitThemes = unitThemes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(unitThemes));
    }

    /** The first instant a plan counts as late: the start of the day after the deadline, in Shanghai. */
    public Instant plansLateFrom() {
        return planDeadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean isLate(Instant submittedAt) {
        return !submittedAt.isBefore(plansLateFrom());
    }
}
