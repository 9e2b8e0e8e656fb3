package cn.summerhotline.openday.cloud.infrastructure;

import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.time.Instant;
import java.util.List;

/**
 * openday-service's content events: {@code openday.content.submitted|published|hidden.<unit>}
 * (contracts/schemas/openday-content-*.v1). Subscribers are district-wide: no personal data, and the published and
 * hidden events carry the content's identity, never its text.
 */
public final class ContentEvents {

    public static final String AGGREGATE = "openday.content";
    public static final String SOURCE = "openday-service";

    /** The submission review-service reads (parts/content-submission.v1). */
    public record Submitted(
            String source,
            String contentId,
            int version,
            String kind,
            String title,
            String body,
            List<String> mediaLinks,
            String unit,
            String squad,
            String submitter) {}

    /** A version passed the review: it is shown now. */
    public record Published(
            String contentId, int contentVersion, int year, String section, String kind, String unit, String at) {}

    /** A takedown or the public's reports ended its publicity: it is not shown any more. */
    public record Hidden(
            String contentId, int year, String section, String kind, String unit, String cause, String at) {}

    private ContentEvents() {}

    public static OutgoingEvent submitted(
            String contentId,
            int version,
            String kind,
            String title,
            String body,
            List<String> media,
            String unit,
            String squad,
            String submitter) {
        return OutgoingEvent.of(
                AGGREGATE,
                "submitted",
                unit,
                contentId,
                new Submitted(SOURCE, contentId, version, kind, title, body, media, unit, squad, submitter));
    }

    public static OutgoingEvent submitted(CloudItem item) {
        return submitted(
                item.id(),
                item.contentVersion(),
                item.kind().reviewKind(),
                item.title(),
                item.body(),
                item.mediaLinks(),
                item.unit(),
                item.squad(),
                item.submitter());
    }

    public static OutgoingEvent published(
            String contentId, int version, int year, String section, String kind, String unit, Instant at) {
        return OutgoingEvent.of(
                AGGREGATE,
                "published",
                unit,
                contentId,
                new Published(contentId, version, year, section, kind, unit, at.toString()));
    }

    public static OutgoingEvent hidden(
            String contentId, int year, String section, String kind, String unit, String cause, Instant at) {
        return OutgoingEvent.of(
                AGGREGATE,
                "hidden",
                unit,
                contentId,
                new Hidden(contentId, year, section, kind, unit, cause, at.toString()));
    }
}
