package cn.summerhotline.review.workflow.application;

import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where review items are kept. Every change of one item and its events is stored in one atomic write. */
public interface ReviewItems {

    Optional<ReviewItem> byId(String id);

    /** The item of an owner's content: (source, contentId) names one item. */
    Optional<ReviewItem> byContent(String source, String contentId);

    /** Stores a new item with its events; false, storing nothing, when its content already has an item. */
    boolean add(ReviewItem item);

    /**
     * Stores the changes made to an item and its events, unless someone changed it since it was read; returns the
     * stored item, or empty on such a conflict.
     */
    Optional<ReviewItem> update(ReviewItem item);

    /**
     * One page of the filter's items, those waiting longest at their level first, with how many of all the
     * filter's items are overdue.
     *
     * @param overdueBefore per level, the time before which a pending item entered it is overdue
     */
    ReviewPage find(ReviewFilter filter, Map<ReviewLevel, Instant> overdueBefore, int page, int size);

    /**
     * Up to {@code limit} items in {@code status} whose ids come after {@code afterId} (null: from the first), in
     * id order: a walk through every such item a page at a time, which an item changing status meanwhile neither
     * stops nor makes skip another.
     */
    List<ReviewItem> inStatus(ReviewStatus status, String afterId, int limit);
}
