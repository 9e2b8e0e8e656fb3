package cn.summerhotline.openday.story.model;

import cn.summerhotline.openday.cloud.model.CloudRuleViolation;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's story for "城管 in my eyes" (附件2 二(七)): a text and a picture link, given with consent to its
 * publication. It passes the three-level review like any item; its author follows it with a token of which only
 * a keyed hash is kept, and the author's name only masked.
 */
public record Story(
        String id,
        int year,
        String title,
        String text,
        String pictureLink,
        String authorMasked,
        String tokenHash,
        ItemStatus status,
        Instant submittedAt,
        Instant publishedAt) {

    public static final int MAX_TEXT = 5000;

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new CloudRuleViolation("title", "a title of 1 to 100 characters");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new CloudRuleViolation("text", "a text of 1 to " + MAX_TEXT + " characters");
        }
        if (pictureLink == null || !pictureLink.matches("https?://\\S+")) {
            throw new CloudRuleViolation("pictureLink", "an http or https link to the picture");
        }
    }

    /** A story is only taken with the author's consent to its publication. */
    public static void requireConsent(Boolean consent) {
        if (!Boolean.TRUE.equals(consent)) {
            throw new CloudRuleViolation("consent", "consent to publication is required");
        }
    }

    public boolean isPublic() {
        return status == ItemStatus.PUBLISHED;
    }
}
