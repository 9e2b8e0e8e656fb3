package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.UnitTheme;
import java.util.List;

/** The units' themes, one per unit and year. */
public interface UnitThemes {

    List<UnitTheme> ofYear(int year);

    /** Creates the unit's theme of the year or replaces it. */
    void save(UnitTheme theme);
}
