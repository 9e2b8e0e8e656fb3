package cn.summerhotline.openday.cloud.model;

import java.time.Instant;

/**
 * One of the twenty units' own themed activities ("20" of "2 + 8 + 20"): a district bureau, the enforcement
 * corps or a special unit, with its schedule and, when it is streamed, its live stream.
 */
public record UnitTheme(int year, String unit, String title, Instant startsAt, Instant endsAt, String streamId) {

    public UnitTheme {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new CloudRuleViolation("title", "a title of 1 to 200 characters");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new CloudRuleViolation("endsAt", "the activity ends after it starts");
        }
    }
}
