package cn.summerhotline.openday.plan.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One submission of a district's plan; a returned plan's next submission is a new version, the earlier ones kept.
 *
 * @param number 1 for the first submission
 * @param content the plan itself
 * @param activitiesSummary its activities in brief
 * @param submittedBy the token subject of who submitted it
 * @param submittedAt when
 * @param late whether it was submitted after the year's deadline
 */
public record PlanVersion(
        int number, String content, String activitiesSummary, String submittedBy, Instant submittedAt, boolean late) {

    public static final int MAX_CONTENT = 20_000;
    public static final int MAX_SUMMARY = 2_000;

    public PlanVersion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(activitiesSummary, "activitiesSummary");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (number < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
