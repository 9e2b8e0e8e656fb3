package cn.summerhotline.review.publication.application;

import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** What the public may read: a published item, and nothing of any other. */
@Component
public class ReadPublished {

    private final ReviewItems items;

    public ReadPublished(ReviewItems items) {
        this.items = items;
    }

    /** The published item; anything else answers as unknown. */
    public ReviewItem get(String id) {
        return items.byId(id)
                .filter(item -> item.status() == ReviewStatus.PUBLISHED)
                .orElseThrow(() -> new PublishedContentNotFound(id));
    }

    /**
     * When the version shown was first published: a restore after a re-review puts the same text back, it does
     * not publish it anew.
     */
    public static Instant publishedAt(ReviewItem item) {
        int shown = item.current().number();
        return item.history().stream()
                .filter(e -> e.contentVersion() == shown && e.status() == ReviewStatus.PUBLISHED)
                .map(HistoryEntry::at)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a published item has its publication in its history"));
    }
}
