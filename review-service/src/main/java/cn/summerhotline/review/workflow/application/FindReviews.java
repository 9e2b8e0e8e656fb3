package cn.summerhotline.review.workflow.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.workflow.model.ReviewItem;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The caller's queue and search, and one item, within the caller's scope. */
@Component
public class FindReviews {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReviewItems items;
    private final ReviewDeadlines deadlines;
    private final Clock clock;

    public FindReviews(ReviewItems items, ReviewDeadlines deadlines, Clock clock) {
        this.items = items;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Those waiting longest at their level first; {@code overdueCount} counts the whole list, not the page. */
    public ReviewPage list(Caller caller, ReviewFilter filter, int page, int size) {
        return items.find(ReviewAccess.scope(caller, filter), deadlines.overdueBefore(clock.instant()), page, size);
    }

    public ReviewItem get(Caller caller, String id) {
        caller.requireAny(ReviewAccess.READERS);
        return items.byId(id)
                .filter(item -> ReviewAccess.mayRead(caller, item))
                .orElseThrow(() -> new ReviewNotFound(id));
    }

    public Instant now() {
        return clock.instant();
    }
}
