package cn.summerhotline.openday.cloud.model;

import cn.summerhotline.openday.cloud.CloudSection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One item of a section: text with images, a video link or a "red check-in" point, or a release. Every version is
 * handed in for the three-level review; it is public only while PUBLISHED, and a takedown or hiding ends that at
 * once. The unit (and squad) decide where its review starts.
 *
 * @param contentVersion the version handed in last (1 for the first); a review outcome about an older version
 *     publishes nothing
 * @param version the stored version the item was read at (0 before it is first stored)
 * @param changes what happened since it was read, oldest first
 */
public record CloudItem(
        String id,
        int year,
        CloudSection section,
        ItemKind kind,
        String unit,
        String squad,
        String submitter,
        String title,
        String body,
        List<String> imageLinks,
        String videoLink,
        String checkInPlace,
        List<ChartPoint> chart,
        ItemStatus status,
        int contentVersion,
        Instant submittedAt,
        Instant publishedAt,
        long version,
        List<ItemChange> changes) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20000;
    public static final int MAX_IMAGES = 19;

    public CloudItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        imageLinks = imageLinks == null ? List.of() : List.copyOf(imageLinks);
        chart = chart == null ? List.of() : List.copyOf(chart);
        changes = changes == null ? List.of() : List.copyOf(changes);
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new CloudRuleViolation("title", "a title of 1 to " + MAX_TITLE + " characters");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new CloudRuleViolation("body", "a text of 1 to " + MAX_BODY + " characters");
        }
        if (imageLinks.size() > MAX_IMAGES) {
            throw new CloudRuleViolation("imageLinks", "at most " + MAX_IMAGES + " images");
        }
        if (kind == ItemKind.VIDEO && videoLink == null) {
            throw new CloudRuleViolation("videoLink", "a video needs its link");
        }
        if (kind == ItemKind.CHECK_IN_POINT && (checkInPlace == null || checkInPlace.isBlank())) {
            throw new CloudRuleViolation("checkInPlace", "a check-in point names its place");
        }
    }

    /** A new item, handed in for review as its first version. */
    public static CloudItem submit(CloudItem draft, Instant at) {
        return new CloudItem(
                draft.id,
                draft.year,
                draft.section,
                draft.kind,
                draft.unit,
                draft.squad,
                draft.submitter,
                draft.title,
                draft.body,
                draft.imageLinks,
                draft.videoLink,
                draft.checkInPlace,
                draft.chart,
                ItemStatus.IN_REVIEW,
                1,
                at,
                null,
                0,
                List.of(ItemChange.SUBMITTED));
    }

    public boolean isPublic() {
        return status == ItemStatus.PUBLISHED;
    }

    /** Every link the reviewers must see: the images, then the video. */
    public List<String> mediaLinks() {
        return videoLink == null
                ? imageLinks
                : java.util.stream.Stream.concat(imageLinks.stream(), java.util.stream.Stream.of(videoLink))
                        .toList();
    }

    public CloudItem stored(long newVersion) {
        return new CloudItem(
                id,
                year,
                section,
                kind,
                unit,
                squad,
                submitter,
                title,
                body,
                imageLinks,
                videoLink,
                checkInPlace,
                chart,
                status,
                contentVersion,
                submittedAt,
                publishedAt,
                newVersion,
                List.of());
    }
}
