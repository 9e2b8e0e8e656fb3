package cn.summerhotline.review.report.application;

import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.review.publication.application.PublishedContentNotFound;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.Report;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public's reports of published content (as Decidim has them): one per client and item, a repeat answering
 * the first; at {@code hideAt} reports since its last publication the item is HIDDEN pending the city bureau's
 * re-review, in the same write as the report that tipped it (so the hide and its event happen once however many
 * reports arrive together).
 */
@Component
public class ReportContent {

    private static final int ATTEMPTS = 10;

    private final ReviewItems items;
    private final ReporterKeys keys;
    private final ReportAllowance allowance;
    private final int hideAt;
    private final Clock clock;

    public ReportContent(
            ReviewItems items, ReporterKeys keys, ReportAllowance allowance, ReportThreshold threshold, Clock clock) {
        this.items = items;
        this.keys = keys;
        this.allowance = allowance;
        this.hideAt = threshold.hideAt();
        this.clock = clock;
    }

    /**
     * The number of reports since publication that hides an item ({@code summer.reviews.reports.hide-at}).
     */
    public record ReportThreshold(int hideAt) {
        public ReportThreshold {
            if (hideAt < 1) {
                throw new IllegalArgumentException("summer.reviews.reports.hide-at must be at least 1");
            }
        }
    }

    /**
     * Records the client's report of a published item and answers it; a client who reported the item before gets
     * that report back, whatever the item's state now, and nothing changes. The reason is kept with phone and ID
     * numbers masked: the reviewers need what is wrong with the content, not how to reach the reporter.
     */
    public Report report(String reviewId, String reason, Reporter reporter) {
        String client = keys.of(reporter);
        String why = PersonalData.mask(reason);
        boolean allowed = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ReviewItem item = items.byId(reviewId).orElseThrow(() -> new PublishedContentNotFound(reviewId));
            Optional<Report> earlier = item.reportBy(client);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (item.status() != ReviewStatus.PUBLISHED) {
                throw new PublishedContentNotFound(reviewId);
            }
            if (!allowed) {
                allowance.take(client);
                allowed = true;
            }
            Report report = item.report(client, why, clock.instant());
            int reports = item.reportsSincePublished();
            if (reports >= hideAt) {
                item.hideAfterReports(reports, report.at());
            }
            if (items.update(item).isPresent()) {
                return report;
            }
        }
        throw new ConcurrentReports(reviewId);
    }
}
