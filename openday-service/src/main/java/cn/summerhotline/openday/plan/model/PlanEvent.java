package cn.summerhotline.openday.plan.model;

import java.time.Instant;

/**
 * What happened to a district's plan, for the district and the city bureau office. No personal data: who
 * submitted or decided is not named, and a comment leaves masked.
 */
public sealed interface PlanEvent {

    String planId();

    /** The district: the routing key's last segment. */
    String district();

    /** The event's name in routing keys and CloudEvents types. */
    String name();

    /** A version was submitted to the city bureau office ({@code late}: after the year's deadline). */
    record Submitted(String planId, int year, String district, int version, boolean late, Instant at)
            implements PlanEvent {
        public String name() {
            return "submitted";
        }
    }

    /** The office accepted the version. */
    record Accepted(String planId, int year, String district, int version, Instant at) implements PlanEvent {
        public String name() {
            return "accepted";
        }
    }

    /** The office returned the version for revision, saying why. */
    record Returned(String planId, int year, String district, int version, String comment, Instant at)
            implements PlanEvent {
        public String name() {
            return "returned";
        }
    }
}
