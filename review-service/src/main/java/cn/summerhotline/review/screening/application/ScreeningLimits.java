package cn.summerhotline.review.screening.application;

/** What one request to the pre-screen may carry. */
public final class ScreeningLimits {

    /** Entries in one request: the bureau imports a list in batches of this size. */
    public static final int MAX_BATCH = 500;

    /** A text tried on the screen endpoint: 20,000 characters, about ten pages of copy. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public static final int MAX_PAGE_SIZE = 100;

    private ScreeningLimits() {}
}
