package cn.summerhotline.review.report.application;

/** A report given up after several attempts because the item kept changing under it; nothing was recorded. */
public class ConcurrentReports extends RuntimeException {

    ConcurrentReports(String item) {
        super("Review item " + item + " kept changing while it was reported");
    }
}
