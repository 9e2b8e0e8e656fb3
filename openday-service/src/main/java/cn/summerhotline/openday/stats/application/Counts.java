package cn.summerhotline.openday.stats.application;

import cn.summerhotline.openday.stats.model.Snapshot;
import java.util.Map;

/** The stored counts of every year, changed only by atomic increments. */
public interface Counts {

    /**
     * Adds the increments to the year's counts in one atomic update ({@code $inc}): increments from every replica
     * add up whatever their order, so none needs a lock and none is lost to another.
     *
     * @param increments by field path ({@code totals.VIEWS}, {@code units.xuhui.VIEWS}, {@code items.<id>})
     */
    void add(int year, Map<String, Long> increments);

    Snapshot of(int year);

    /** Records a participant once per year; true the first time. */
    boolean firstTime(int year, String participantHash);

    /** Records a counted event once; true the first time (events arrive at least once). */
    boolean firstDelivery(String eventId);
}
