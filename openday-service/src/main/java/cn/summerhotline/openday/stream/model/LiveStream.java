package cn.summerhotline.openday.stream.model;

import cn.summerhotline.openday.cloud.model.CloudRuleViolation;
import java.time.Instant;
import java.util.Objects;

/**
 * A live stream of the open day (the main venue's, or a unit's theme streamed live), with its schedule and link;
 * its status follows from the schedule.
 */
public record LiveStream(
        String id, int year, String unit, String title, String link, Instant startsAt, Instant endsAt) {

    public LiveStream {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new CloudRuleViolation("title", "a title of 1 to 200 characters");
        }
        if (link == null || !link.matches("https?://\\S+")) {
            throw new CloudRuleViolation("link", "an http or https link");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new CloudRuleViolation("endsAt", "the stream ends after it starts");
        }
    }

    public StreamStatus statusAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return StreamStatus.UPCOMING;
        }
        return now.isBefore(endsAt) ? StreamStatus.LIVE : StreamStatus.ENDED;
    }
}
