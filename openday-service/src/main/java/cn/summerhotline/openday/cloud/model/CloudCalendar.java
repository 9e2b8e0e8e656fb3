package cn.summerhotline.openday.cloud.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A year's three phases, each from its first to its last day inclusive (Asia/Shanghai business dates). The city
 * bureau office may move them; the phases stay in order and inside their year.
 */
public record CloudCalendar(
        int year,
        LocalDate preparationFrom,
        LocalDate preparationTo,
        LocalDate testFrom,
        LocalDate testTo,
        LocalDate onlineFrom,
        LocalDate onlineTo) {

    public CloudCalendar {
        if (preparationFrom == null
                || preparationTo == null
                || testFrom == null
                || testTo == null
                || onlineFrom == null
                || onlineTo == null) {
            throw new CloudRuleViolation("calendar", "every phase needs its first and last day");
        }
        LocalDate[] days = {preparationFrom, preparationTo, testFrom, testTo, onlineFrom, onlineTo};
        for (LocalDate day : days) {
            if (day.getYear() != year) {
                throw new CloudRuleViolation("calendar", "every day lies in the open day's year");
            }
        }
        if (preparationTo.isBefore(preparationFrom)
                || !testFrom.isAfter(preparationTo)
                || testTo.isBefore(testFrom)
                || !onlineFrom.isAfter(testTo)
                || onlineTo.isBefore(onlineFrom)) {
            throw new CloudRuleViolation("calendar", "the phases run in order: preparation, test, online");
        }
    }

    /** The plan's dates (附件2 五): preparation 21 June-1 July, test 5-11 July, online 12-16 July. */
    public static CloudCalendar planned(int year) {
        return new CloudCalendar(
                year,
                MonthDay.of(6, 21).atYear(year),
                MonthDay.of(7, 1).atYear(year),
                MonthDay.of(7, 5).atYear(year),
                MonthDay.of(7, 11).atYear(year),
                MonthDay.of(7, 12).atYear(year),
                MonthDay.of(7, 16).atYear(year));
    }

    public CloudPhase phaseOn(LocalDate day) {
        if (day.isBefore(preparationFrom)) {
            return CloudPhase.NOT_STARTED;
        }
        if (!day.isAfter(preparationTo)) {
            return CloudPhase.PREPARATION;
        }
        if (day.isBefore(testFrom)) {
            return CloudPhase.BETWEEN;
        }
        if (!day.isAfter(testTo)) {
            return CloudPhase.PLATFORM_TEST;
        }
        if (day.isBefore(onlineFrom)) {
            return CloudPhase.AWAITING_LAUNCH;
        }
        return day.isAfter(onlineTo) ? CloudPhase.CLOSED : CloudPhase.ONLINE;
    }
}
