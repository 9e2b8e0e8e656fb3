package cn.summerhotline.review.report.application;

/** The client reported more items than a client may in a while; nothing was recorded. */
public class TooManyReports extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyReports(long retryAfterSeconds) {
        super("Too many reports from one client");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
