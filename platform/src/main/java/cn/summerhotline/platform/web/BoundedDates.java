package cn.summerhotline.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.springframework.format.FormatterRegistry;

/**
 * Dates a client sends, in query parameters and JSON alike, are ISO 8601 within years 1900-2999. What
 * {@code java.time} parses beyond that ({@code +999999999-12-31}) overflows the arithmetic done on it
 * (a period's end plus a day, a deadline) and would surface as a 500; no campaign record lies there.
 */
public final class BoundedDates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private BoundedDates() {}

    static void register(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> check(LocalDate.parse(text.trim())));
        registry.addConverter(String.class, LocalDateTime.class, text -> check(LocalDateTime.parse(text.trim())));
        registry.addConverter(String.class, OffsetDateTime.class, text -> check(OffsetDateTime.parse(text.trim())));
        registry.addConverter(String.class, ZonedDateTime.class, text -> check(ZonedDateTime.parse(text.trim())));
        registry.addConverter(String.class, Instant.class, text -> check(Instant.parse(text.trim())));
    }

    /** The value itself when its year is within bounds; a {@link DateTimeException} otherwise. */
    public static <T extends TemporalAccessor> T check(T value) {
        int year = value instanceof Instant instant
                ? instant.atOffset(java.time.ZoneOffset.UTC).getYear()
                : value.get(ChronoField.YEAR);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return value;
    }
}
