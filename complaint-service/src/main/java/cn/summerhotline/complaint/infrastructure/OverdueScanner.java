package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.DetectOverdueComplaints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for complaints past their deadline every {@code summer.complaints.overdue-scan-interval}. */
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
