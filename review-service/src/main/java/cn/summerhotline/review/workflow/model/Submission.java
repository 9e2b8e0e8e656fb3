package cn.summerhotline.review.workflow.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Content handed in for review, through the API or by an owner's {@code content.submitted} event.
 *
 * @param source the owning service or system, e.g. {@code publicity-service}
 * @param contentId the content's id at its owner; with {@code source} it names the review item
 * @param version the owner's version number; null through the API, where the item's next one is taken
 * @param sourceEvent the id of the event that brought it; null through the API
 */
public record Submission(
        String source,
        String contentId,
        Integer version,
        Content content,
        Origin origin,
        Actor submitter,
        String sourceEvent) {

    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{1,59}");
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public Submission {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new ReviewRuleViolation("source", "source must be a service or system name: " + source);
        }
        if (contentId == null || !CONTENT_ID.matcher(contentId).matches()) {
            throw new ReviewRuleViolation("contentId", "contentId must be a plain id: " + contentId);
        }
        if (version != null && version < 1) {
            throw new ReviewRuleViolation("version", "a content version starts at 1");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(submitter, "submitter");
    }
}
