package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.DetectOverdueComplaints;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for complaints past their deadline every {@code summer.complaints.overdue-scan-interval}, on one replica
 * per interval: each replica's scheduler fires, the first to take the lock scans and holds it for the interval,
 * the others skip. Marking twice would be harmless (each change is guarded by the complaint's version, and a
 * complaint already marked is not marked again), but every replica would read the same batch and race on it.
 */
@Component
class OverdueScanner {

    private static final Logger log = LoggerFactory.getLogger(OverdueScanner.class);

    private final DetectOverdueComplaints detect;

    OverdueScanner(DetectOverdueComplaints detect) {
        this.detect = detect;
    }

    @Scheduled(
            fixedDelayString = "${summer.complaints.overdue-scan-interval:60s}",
            initialDelayString = "${summer.complaints.overdue-scan-interval:60s}")
    @SchedulerLock(
            name = "complaint-service.overdue-scan",
            lockAtLeastFor = "${summer.complaints.overdue-scan-interval:60s}",
            lockAtMostFor = "PT10M")
    void scan() {
        try {
            int marked = detect.run();
            if (marked > 0) {
                log.info("Marked {} complaints overdue", marked);
            }
        } catch (RuntimeException e) {
            log.warn("Overdue scan failed; it runs again at the next interval", e);
        }
    }
}
