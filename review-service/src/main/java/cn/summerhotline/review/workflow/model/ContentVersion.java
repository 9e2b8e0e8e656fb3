package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.Screened;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of the content, kept for ever: what was submitted, by whom and when, what the pre-screen found
 * in it, and the event that brought it when it came by event (null when submitted through the API).
 *
 * @param number the owner's version number (1, 2, ...); through the API the next after the item's last
 */
public record ContentVersion(
        int number, Content content, String submittedBy, Instant submittedAt, Screened screened, String sourceEvent) {

    public ContentVersion {
        if (number < 1) {
            throw new ReviewRuleViolation("version", "a content version starts at 1");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        screened = screened == null ? Screened.CLEAN : screened;
    }
}
