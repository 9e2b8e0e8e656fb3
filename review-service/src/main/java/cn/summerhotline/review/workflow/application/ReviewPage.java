package cn.summerhotline.review.workflow.application;

import cn.summerhotline.review.workflow.model.ReviewItem;
import java.util.List;

/**
 * One page of a list, counted from 0, with the total number of items that match and how many of those are
 * overdue at their level.
 */
public record ReviewPage(List<ReviewItem> items, int page, int size, long total, long overdueCount) {

    public ReviewPage {
        items = List.copyOf(items);
    }
}
