package cn.summerhotline.publicity.programme.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a project is publicised (宣传时间): a month ({@code 7月}), the early, middle or late part of one ({@code 8月上旬})
 * or a day ({@code 7月15日}), as the printed plan gives it. Its first and last day decide lateness and the calendar.
 */
public record PublicityPeriod(int year, int month, PeriodPart part, Integer day) {

    private static final Pattern PRINTED = Pattern.compile("^(\\d{1,2})月(?:(\\d{1,2})日|(上旬|中旬|下旬))?$");

    public PublicityPeriod {
        if (year < 2000 || year > 2100) {
            throw new ProgrammeRuleViolation("period", "the year must be between 2000 and 2100: " + year);
        }
        if (month < 1 || month > 12) {
            throw new ProgrammeRuleViolation("period", "the month must be 1-12: " + month);
        }
        if (part != null && day != null) {
            throw new ProgrammeRuleViolation("period", "a period is a part of a month or a day, not both");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new ProgrammeRuleViolation("period", "no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PublicityPeriod month(int year, int month) {
        return new PublicityPeriod(year, month, null, null);
    }

    public static PublicityPeriod part(int year, int month, PeriodPart part) {
        return new PublicityPeriod(year, month, part, null);
    }

    public static PublicityPeriod day(LocalDate date) {
        return new PublicityPeriod(date.getYear(), date.getMonthValue(), null, date.getDayOfMonth());
    }

    /** The printed form ({@code 7月}, {@code 8 月上旬}, {@code 7 月 15 日}; spaces ignored) in the plan's year. */
    public static Optional<PublicityPeriod> parse(int year, String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        Matcher m = PRINTED.matcher(printed.replaceAll("\\s", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int month = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return Optional.of(new PublicityPeriod(year, month, null, Integer.parseInt(m.group(2))));
            }
            if (m.group(3) != null) {
                PeriodPart part = switch (m.group(3)) {
                    case "上旬" -> PeriodPart.EARLY;
                    case "中旬" -> PeriodPart.MIDDLE;
                    default -> PeriodPart.LATE;
                };
                return Optional.of(new PublicityPeriod(year, month, part, null));
            }
            return Optional.of(new PublicityPeriod(year, month, null, null));
        } catch (ProgrammeRuleViolation e) {
            return Optional.empty();
        }
    }

    public PeriodKind kind() {
        if (day != null) {
            return PeriodKind.DAY;
        }
        return part == null ? PeriodKind.MONTH : PeriodKind.PART_OF_MONTH;
    }

    public LocalDate start() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        return LocalDate.of(year, month, part == null ? 1 : part.firstDay());
    }

    public LocalDate end() {
        if (day != null) {
            return start();
        }
        YearMonth ym = YearMonth.of(year, month);
        return part == null ? ym.atEndOfMonth() : ym.atDay(Math.min(part.lastDay(), ym.lengthOfMonth()));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end().isBefore(from) && !start().isAfter(to);
    }

    /** As a plan prints it: {@code 7月}, {@code 8月上旬}, {@code 7月15日}. */
    public String text() {
        if (day != null) {
            return month + "月" + day + "日";
        }
        return part == null ? month + "月" : month + "月" + part.label().zh();
    }
}
