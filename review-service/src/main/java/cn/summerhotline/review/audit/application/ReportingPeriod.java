package cn.summerhotline.review.audit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business days an export or the statistics cover, in Asia/Shanghai: {@code from} is the first day, {@code
 * to} the day after the last (so {@code from=2025-07-01&to=2025-08-01} is July), at most a year. Either may be left
 * out: {@code to} is then tomorrow (today counts), {@code from} {@value #DEFAULT_DAYS} days before {@code to}. The
 * bound keeps an export within what one sheet and one request hold.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_DAYS = 30;

    public ReportingPeriod {
        if (!from.isBefore(to)) {
            throw new InvalidPeriod(InvalidPeriod.Kind.EMPTY, from, to);
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new InvalidPeriod(InvalidPeriod.Kind.TOO_LONG, from, to);
        }
    }

    /** The period asked for, with the defaults for what was left out. */
    public static ReportingPeriod of(LocalDate from, LocalDate to, Instant now) {
        LocalDate end =
                to != null ? to : LocalDate.ofInstant(now, BUSINESS_ZONE).plusDays(1);
        return new ReportingPeriod(from != null ? from : end.minusDays(DEFAULT_DAYS), end);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
