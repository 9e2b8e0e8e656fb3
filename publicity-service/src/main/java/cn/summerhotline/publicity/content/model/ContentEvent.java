package cn.summerhotline.publicity.content.model;

import java.time.Instant;
import java.util.List;

/** What this service tells others of its content ({@code publicity.content.<name>.<unit>}). */
public sealed interface ContentEvent {

    String name();

    String contentId();

    String unit();

    /** Handed in for review: the shared content-submission contract (review-service consumes it). */
    record Submitted(
            String source,
            String contentId,
            int version,
            String kind,
            String title,
            String body,
            List<String> mediaLinks,
            String unit,
            String squad,
            String submitter)
            implements ContentEvent {
        @Override
        public String name() {
            return "submitted";
        }
    }

    record Published(
            String contentId,
            String projectId,
            int year,
            int contentVersion,
            ContentKind kind,
            String title,
            String unit,
            Instant at)
            implements ContentEvent {
        @Override
        public String name() {
            return "published";
        }
    }

    record TakenDown(
            String contentId, String projectId, int year, int contentVersion, ContentKind kind, String unit, Instant at)
            implements ContentEvent {
        @Override
        public String name() {
            return "takendown";
        }
    }
}
