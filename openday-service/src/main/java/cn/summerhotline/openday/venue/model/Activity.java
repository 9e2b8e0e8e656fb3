package cn.summerhotline.openday.venue.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One activity at a venue (附件1 四(二)): its kind, its own title and when it runs.
 *
 * @param kind which of the plan's activities it is
 * @param title what the venue calls it, in Chinese
 * @param startsAt when it begins
 * @param endsAt when it ends, after it begins
 */
public record Activity(ActivityKind kind, String title, Instant startsAt, Instant endsAt) {

    public static final int MAX_TITLE = 200;

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("an activity ends after it starts");
        }
    }

    static List<Activity> inOrder(List<Activity> activities) {
        return activities.stream()
                .sorted(Comparator.comparing(Activity::startsAt).thenComparing(Activity::kind))
                .toList();
    }
}
