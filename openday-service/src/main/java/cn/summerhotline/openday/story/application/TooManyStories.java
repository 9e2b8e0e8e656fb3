package cn.summerhotline.openday.story.application;

/** The client handed in its allowance of stories for now (429 with Retry-After). */
public class TooManyStories extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyStories(long retryAfterSeconds) {
        super("too many stories from one client");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
