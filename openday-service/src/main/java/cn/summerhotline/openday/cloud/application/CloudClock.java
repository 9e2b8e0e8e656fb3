package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudCalendar;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today's phase of a year's cloud open day, on the service's clock in Shanghai's business dates. */
@Component
public class CloudClock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CloudCalendars calendars;
    private final Clock clock;

    public CloudClock(CloudCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public CloudCalendar calendar(int year) {
        return calendars.ofYear(year).orElseGet(() -> CloudCalendar.planned(year));
    }

    public CloudPhase phase(int year) {
        return calendar(year).phaseOn(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    public Clock clock() {
        return clock;
    }
}
