package cn.summerhotline.openday.stats.application;

import cn.summerhotline.openday.stats.model.Snapshot;
import org.springframework.stereotype.Service;

/** The year's counts as every replica flushed them: fresh within the flush interval. */
@Service
public class ReadStats {

    private final Counts counts;

    public ReadStats(Counts counts) {
        this.counts = counts;
    }

    public Snapshot of(int year) {
        return counts.of(year);
    }
}
