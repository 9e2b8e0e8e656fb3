package cn.summerhotline.complaint.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The district's time to handle a case, by which the campaign measures the districts: when it is due, since
 * when it is overdue (cleared once the case is handled or given a new deadline), whether it ever went overdue,
 * and whether it was resolved in time ({@code handledOnTime}, null until resolved). A value: each change gives
 * a new deadline, so the complaint cannot leave it half changed.
 */
public record Deadline(
        Duration handlingTime, Instant dueAt, Instant overdueSince, boolean everOverdue, Boolean handledOnTime) {

    /** The deadline of a case received (or reopened) at {@code start}. */
    static Deadline from(Instant start, Duration handlingTime) {
        return new Deadline(handlingTime, start.plus(handlingTime), null, false, null);
    }

    /** Marked overdue, and not handled or given a new deadline since. */
    public boolean overdue() {
        return overdueSince != null;
    }

    /** Whether the deadline has passed at {@code at}; the very instant it is due is still in time. */
    public boolean pastDueAt(Instant at) {
        return at.isAfter(dueAt);
    }

    Deadline markOverdue(Instant at) {
        return new Deadline(handlingTime, dueAt, at, true, handledOnTime);
    }

    /** The district resolved the case at {@code at}: in time or not, it is no longer overdue. */
    Deadline settle(Instant at) {
        return new Deadline(handlingTime, dueAt, null, everOverdue, !pastDueAt(at));
    }

    /** A fresh handling time from {@code at}, for a reopened case; its history of being late stays. */
    Deadline restart(Instant at) {
        return new Deadline(handlingTime, at.plus(handlingTime), null, everOverdue, handledOnTime);
    }

    /** The city bureau's new deadline on supervision. */
    Deadline moveTo(Instant newDueAt) {
        return new Deadline(handlingTime, newDueAt, null, everOverdue, handledOnTime);
    }

    /** The case no longer waits for its district (answered, or merged into another case). */
    Deadline stop() {
        return new Deadline(handlingTime, dueAt, null, everOverdue, handledOnTime);
    }
}
