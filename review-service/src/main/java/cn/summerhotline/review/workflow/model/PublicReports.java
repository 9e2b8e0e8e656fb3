package cn.summerhotline.review.workflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public's reports of an item, oldest first, one per client for good: a client who reported it once, in any
 * round of publication, is answered with that first report however often the item is hidden and restored. How
 * many reports count towards hiding it is the history's to tell ({@link History#reportsSincePublished()}).
 */
public record PublicReports(List<Report> all) {

    static final PublicReports NONE = new PublicReports(List.of());

    public PublicReports {
        all = all == null ? List.of() : List.copyOf(all);
    }

    /** The client's report, if they made one. */
    public Optional<Report> by(String client) {
        return all.stream().filter(r -> r.client().equals(client)).findFirst();
    }

    /** With the report of a client who has not reported the item before. */
    PublicReports with(Report report) {
        if (by(report.client()).isPresent()) {
            throw new IllegalArgumentException("a client reports an item once");
        }
        List<Report> longer = new ArrayList<>(all);
        longer.add(report);
        return new PublicReports(longer);
    }
}
