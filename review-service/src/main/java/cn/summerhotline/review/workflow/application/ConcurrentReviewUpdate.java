package cn.summerhotline.review.workflow.application;

/** A change given up after several attempts because the item kept changing under it; nothing was changed. */
public class ConcurrentReviewUpdate extends RuntimeException {

    ConcurrentReviewUpdate(String item) {
        super("Review item " + item + " kept changing");
    }
}
