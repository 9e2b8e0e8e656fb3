package cn.summerhotline.openday.stats.application;

import cn.summerhotline.openday.stats.model.Metric;
import org.springframework.stereotype.Service;

/**
 * Counts what other features and services report by event (quiz attempts, stories, on-site registrations and
 * check-ins, media coverage): each event once, however often it is delivered.
 */
@Service
public class CountEvent {

    private final Tally tally;
    private final Counts counts;

    public CountEvent(Tally tally, Counts counts) {
        this.tally = tally;
        this.counts = counts;
    }

    /** Counts {@code n} of the metric for the unit and year, and optionally a second metric with it. */
    public void count(String eventId, int year, String unit, Metric metric, long n, Metric also, long alsoN) {
        if (!counts.firstDelivery(eventId)) {
            return;
        }
        tally.count(year, unit, metric, n);
        if (also != null) {
            tally.count(year, unit, also, alsoN);
        }
    }
}
