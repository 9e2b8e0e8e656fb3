package cn.summerhotline.review.workflow.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.time.Instant;

/**
 * A reviewer's action on an item they can see: each says who may ask for it at all (checked before the item is
 * read) and what it does; which level, unit and state allow it is the item's own rule.
 */
public sealed interface ReviewCommand {

    /** The item acted on. */
    String id();

    /** What makes two requests the same request, for their {@code Idempotency-Key}. */
    String describe();

    /** Refuses (403) a caller whose role may not ask for it. */
    default void checkRole(Caller caller) {
        caller.requireAny(Role.REVIEWER);
    }

    /** Changes the item as stored now; run again on the fresh state when someone changed it meanwhile. */
    void takeOn(ReviewItem item, Actor reviewer, Instant now);

    record Decide(String id, Decision decision, String reason, int version) implements ReviewCommand {
        @Override
        public String describe() {
            return "decide " + this;
        }

        @Override
        public void takeOn(ReviewItem item, Actor reviewer, Instant now) {
            item.decide(reviewer, decision, reason, version, now);
        }
    }

    record TakeDown(String id, TakedownKind kind, String reason) implements ReviewCommand {
        @Override
        public String describe() {
            return "take down " + this;
        }

        @Override
        public void takeOn(ReviewItem item, Actor reviewer, Instant now) {
            item.takeDown(reviewer, kind, reason, now);
        }
    }

    record Restore(String id, String reason) implements ReviewCommand {
        @Override
        public String describe() {
            return "restore " + this;
        }

        @Override
        public void takeOn(ReviewItem item, Actor reviewer, Instant now) {
            item.restore(reviewer, reason, now);
        }
    }
}
