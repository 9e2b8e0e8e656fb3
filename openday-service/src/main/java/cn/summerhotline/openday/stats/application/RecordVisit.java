package cn.summerhotline.openday.stats.application;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.application.KeyedHash;
import cn.summerhotline.openday.stats.model.Metric;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The portal reports each view or play with the visitor's own random id: the view is counted in memory; the
 * visitor is a participant the first time any replica sees it in the year (one stored row per participant, none
 * per view), and this instance remembers the ones it saw so a repeat costs no store round trip.
 */
@Service
public class RecordVisit {

    static final String VISITOR = "cloud-visitor";
    private static final int REMEMBERED = 200_000;

    private final Tally tally;
    private final Counts counts;
    private final KeyedHash hash;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public RecordVisit(Tally tally, Counts counts, KeyedHash hash) {
        this.tally = tally;
        this.counts = counts;
        this.hash = hash;
    }

    public void visit(int year, String visitor, CloudSection section, String itemId, String unit) {
        String participant = hash.of(VISITOR, year + ":" + visitor);
        if (seen.size() > REMEMBERED) {
            seen.clear();
        }
        if (seen.add(participant) && counts.firstTime(year, participant)) {
            tally.count(year, unit, Metric.PARTICIPANTS, 1);
        }
        tally.viewed(year, unit, section == null ? null : section.name(), itemId);
    }
}
