package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudCalendar;
import java.util.Optional;

/** Each year's phase dates, once the city bureau office set them; the plan's dates otherwise. */
public interface CloudCalendars {

    Optional<CloudCalendar> ofYear(int year);

    void save(CloudCalendar calendar);
}
