package cn.summerhotline.openday.cloud.application;

import java.time.LocalDate;
import java.util.List;

/** complaint-service's handling and satisfaction figures of a period, per district. */
public interface SatisfactionFigures {

    /** One district's figures (or the total's, with key {@code total}). */
    record DistrictFigures(
            String district, long received, long handledOnTime, long replied, long rated, Double satisfaction) {}

    /** The period's figures per district and in total, or a failure: never figures made up to fill a gap. */
    record Figures(List<DistrictFigures> districts, DistrictFigures total) {}

    Figures of(LocalDate from, LocalDate to);
}
