package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudCalendar;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import org.springframework.stereotype.Service;

/** The city bureau office moves a year's phases (附件2 五 gives 2021's). */
@Service
public class SetCalendar {

    private final CloudCalendars calendars;

    public SetCalendar(CloudCalendars calendars) {
        this.calendars = calendars;
    }

    public CloudCalendar set(Caller caller, CloudCalendar calendar) {
        caller.requireAny(Role.CITY_ADMIN);
        if (!caller.cityLevel()) {
            throw new org.springframework.security.access.AccessDeniedException("the city bureau office's");
        }
        calendars.save(calendar);
        return calendar;
    }
}
