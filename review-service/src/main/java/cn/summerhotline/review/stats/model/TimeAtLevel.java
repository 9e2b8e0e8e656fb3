package cn.summerhotline.review.stats.model;

import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long an item waited at each level for its reviewers, read from its history: a stay starts with the entry
 * that brought the item to the level (a submission, revision or resubmission at its starting level; an approval
 * one level below) and ends with the level's decision (approved or rejected). A revision while pending sends the
 * item back to its starting level, so the stay it interrupts ends without a decision and is not counted; nor is
 * the pre-screen's rejection at once, which no reviewer took.
 */
public final class TimeAtLevel {

    /** One entry of an item's history, as far as its time at the levels goes. */
    public record Entry(Instant at, Step step, ReviewLevel level, String actor) {}

    /** A stay at a level from the item's arrival to the level's decision. */
    public record Stay(ReviewLevel level, Instant entered, Instant decided) {

        public Duration duration() {
            return Duration.between(entered, decided);
        }
    }

    private TimeAtLevel() {}

    /** The item's stays, in the order of its history. */
    public static List<Stay> stays(List<Entry> history) {
        List<Stay> stays = new ArrayList<>();
        ReviewLevel waitingAt = null;
        Instant since = null;
        for (Entry e : history) {
            switch (e.step()) {
                case SUBMITTED, REVISED, RESUBMITTED -> {
                    waitingAt = e.level();
                    since = e.at();
                }
                case APPROVED -> {
                    if (e.level() == waitingAt) {
                        stays.add(new Stay(waitingAt, since, e.at()));
                    }
                    Optional<ReviewLevel> next = e.level().next();
                    waitingAt = next.orElse(null);
                    since = next.isPresent() ? e.at() : null;
                }
                case REJECTED -> {
                    if (e.level() == waitingAt && !Actor.SYSTEM.subject().equals(e.actor())) {
                        stays.add(new Stay(waitingAt, since, e.at()));
                    }
                    waitingAt = null;
                    since = null;
                }
                default -> {
                    // the pre-screen's verdict, takedowns, reports, hides and restores leave the levels alone
                }
            }
        }
        return stays;
    }
}
