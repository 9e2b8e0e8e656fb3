package cn.summerhotline.review.workflow.model;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a history entry records, and the review's transition table: for each step, the states it is allowed
 * from and the state it leads to. The rules live here only, so that no action of {@link ReviewItem} can drift
 * from the others. Steps allowed from no state ({@code SUBMITTED}, {@code SCREENED}) are the item's own doing.
 */
public enum Step implements Labelled {
    SUBMITTED("提交审核", "Submitted", ReviewStatus.PENDING),
    /** The pre-screen's verdict on a version; changes no state. */
    SCREENED("自动预审", "Pre-screened", null),
    /** A new version of a pending item: back to its starting level. */
    REVISED("修改后重新送审", "Revised while pending", ReviewStatus.PENDING, ReviewStatus.PENDING),
    /** A new version of an item that left review (rejected, taken down or published): a new round. */
    RESUBMITTED(
            "重新提交",
            "Resubmitted",
            ReviewStatus.PENDING,
            ReviewStatus.REJECTED,
            ReviewStatus.TAKEN_DOWN,
            ReviewStatus.PUBLISHED,
            ReviewStatus.HIDDEN),
    /** On to the next level; at the last level the item is PUBLISHED (see {@link #after}). */
    APPROVED("审核通过", "Approved", ReviewStatus.PENDING, ReviewStatus.PENDING),
    REJECTED("审核不通过", "Rejected", ReviewStatus.REJECTED, ReviewStatus.PENDING),
    TAKEN_DOWN("下架", "Taken down", ReviewStatus.TAKEN_DOWN, ReviewStatus.PUBLISHED, ReviewStatus.HIDDEN),
    /** A member of the public reported the published item; changes no state. */
    REPORTED("被举报", "Reported", null, ReviewStatus.PUBLISHED),
    HIDDEN("因举报隐藏", "Hidden after reports", ReviewStatus.HIDDEN, ReviewStatus.PUBLISHED),
    /** A BLOCK word added since publication matches the published content: hidden until the city re-reviews it. */
    RESCREENED("新增拦截词命中，隐藏待复核", "Hidden: a new block word matches", ReviewStatus.HIDDEN, ReviewStatus.PUBLISHED),
    RESTORED("恢复发布", "Restored", ReviewStatus.PUBLISHED, ReviewStatus.HIDDEN);

    private final Label label;
    private final ReviewStatus leadsTo;
    private final Set<ReviewStatus> allowedFrom;

    Step(String zh, String en, ReviewStatus leadsTo, ReviewStatus... allowedFrom) {
        this.label = new Label(zh, en);
        this.leadsTo = leadsTo;
        this.allowedFrom = EnumSet.noneOf(ReviewStatus.class);
        this.allowedFrom.addAll(List.of(allowedFrom));
    }

    @Override
    public Label label() {
        return label;
    }

    /** Refuses the step (409) unless the table allows it from {@code from}. */
    void requireAllowed(ReviewStatus from) {
        if (!allowedFrom.contains(from)) {
            throw ReviewConflict.notAllowed(from, this);
        }
    }

    boolean allowedFrom(ReviewStatus from) {
        return allowedFrom.contains(from);
    }

    /** The state the step leaves the item in when taken at {@code level}. */
    ReviewStatus after(ReviewStatus from, ReviewLevel level) {
        if (this == APPROVED && level.next().isEmpty()) {
            return ReviewStatus.PUBLISHED;
        }
        return leadsTo == null ? from : leadsTo;
    }
}
