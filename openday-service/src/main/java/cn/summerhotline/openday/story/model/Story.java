package cn.summerhotline.openday.story.model;

import cn.summerhotline.openday.cloud.model.CloudRuleViolation;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.platform.organisation.Unit;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A citizen's story for "城管 in my eyes" (附件2 二(七)): a text and a picture link, given with consent to its
 * publication. It passes the three-level review like any item, so it names the street or town squad it is about
 * and that squad's district bureau: the review starts with that squad's reviewers. Its author follows it with a
 * token of which only a keyed hash is kept, and the author's name only masked.
 *
 * @param district the district bureau's code ({@link Unit} of the district kind), e.g. {@code xuhui}
 * @param squad the squad's code, starting with its district's, e.g. {@code xuhui-tianping}
 */
public record Story(
        String id,
        int year,
        String title,
        String text,
        String pictureLink,
        String authorMasked,
        String district,
        String squad,
        String tokenHash,
        ItemStatus status,
        Instant submittedAt,
        Instant publishedAt) {

    public static final int MAX_TEXT = 5000;

    /** The squad codes review-service accepts (contracts/schemas/parts/content-submission.v1). */
    private static final Pattern SQUAD = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

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
        if (Unit.ofCode(district).filter(Unit::isDistrict).isEmpty()) {
            throw new CloudRuleViolation("district", "a district bureau's code such as xuhui");
        }
        // A squad of another district would be reviewed by reviewers who do not know the street it is about.
        if (squad == null
                || !SQUAD.matcher(squad).matches()
                || !squad.startsWith(district + "-")
                || squad.length() == district.length() + 1) {
            throw new CloudRuleViolation("squad", "a squad code of the district such as " + district + "-tianping");
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
