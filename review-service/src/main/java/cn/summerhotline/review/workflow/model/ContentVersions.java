package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.Screened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every version of an item's content, oldest first, kept for ever: which one is current, whether a submission
 * brings a new one, and the number the next one takes. A value that {@link ReviewItem} swaps whole, so that a
 * version is taken in completely or not at all.
 */
public record ContentVersions(List<ContentVersion> all) {

    static final ContentVersions NONE = new ContentVersions(List.of());

    public ContentVersions {
        all = List.copyOf(all);
    }

    /** The latest version, the one under review or published. */
    public ContentVersion current() {
        return all.get(all.size() - 1);
    }

    /**
     * Whether the submission brings content not held yet: an owner's event with a higher version number than the
     * last, or through the API content that differs from the last version. A repeated or late event, or a retried
     * request, brings nothing new.
     */
    public boolean isNew(Submission submission) {
        if (submission.sourceEvent() != null
                && all.stream().anyMatch(v -> submission.sourceEvent().equals(v.sourceEvent()))) {
            return false;
        }
        if (submission.version() != null) {
            return submission.version() > current().number();
        }
        return !submission.content().equals(current().content());
    }

    /** Whether {@code subject} submitted any of the versions: nobody decides on what they submitted. */
    boolean submittedBy(String subject) {
        return all.stream().anyMatch(v -> v.submittedBy().equals(subject));
    }

    /**
     * With the submission as the latest version, numbered as its owner numbers it or, through the API, the next
     * after the last.
     */
    ContentVersions with(Submission submission, Screened screened, Instant now) {
        int number = submission.version() != null
                ? submission.version()
                : all.isEmpty() ? 1 : current().number() + 1;
        List<ContentVersion> longer = new ArrayList<>(all);
        longer.add(new ContentVersion(
                number,
                submission.content(),
                submission.submitter().subject(),
                now,
                screened,
                submission.sourceEvent()));
        return new ContentVersions(longer);
    }
}
