package cn.summerhotline.openday.openday.application;

import cn.summerhotline.openday.openday.model.OpenDay;
import java.time.LocalDate;
import java.util.Optional;

/** Every year's open day, one record per year. */
public interface OpenDays {

    Optional<OpenDay> ofYear(int year);

    /** Stores the year's open day unless it has one; false, changing nothing, when it has. */
    boolean add(OpenDay openDay);

    /** Creates the year's open day or sets its date, theme and deadline, keeping the units' themes. */
    void put(int year, LocalDate date, String theme, LocalDate planDeadline);

    /** Sets one unit's own theme; false when the year has no open day. */
    boolean setUnitTheme(int year, String unit, String theme);
}
