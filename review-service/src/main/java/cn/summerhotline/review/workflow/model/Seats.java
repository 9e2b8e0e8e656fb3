package cn.summerhotline.review.workflow.model;

/**
 * Whose step it is on an item, from the reviewer's seat: the level their token's unit and squad give them, and
 * the units that level covers. A reviewer of the right seat at the wrong time hears a conflict (409: the item has
 * moved on, or not reached them yet); one whose seat may never take the step, a refusal (403).
 */
final class Seats {

    private Seats() {}

    /** The seat of a reviewer deciding at the level the item waits at, on an item of a unit they cover. */
    static ReviewLevel deciding(Actor reviewer, Step step, ReviewStatus status, ReviewLevel at, Origin origin) {
        ReviewLevel seat = reviewer.reviewLevel().orElseThrow(() -> ReviewRefusal.otherUnit(step, null));
        if (seat != at) {
            throw ReviewConflict.otherLevel(status, at, seat);
        }
        return covering(reviewer, seat, step, origin);
    }

    /** Takedowns are the district bureau's, for its unit's items, and the city bureau's, for any. */
    static ReviewLevel takingDown(Actor reviewer, Origin origin) {
        ReviewLevel seat = reviewer.reviewLevel().orElse(null);
        if (seat == null || seat == ReviewLevel.SQUAD) {
            throw ReviewRefusal.levelMayNot(Step.TAKEN_DOWN, seat);
        }
        return covering(reviewer, seat, Step.TAKEN_DOWN, origin);
    }

    /** Restores after a re-review are the city bureau's alone. */
    static ReviewLevel restoring(Actor reviewer) {
        ReviewLevel seat = reviewer.reviewLevel().orElse(null);
        if (seat != ReviewLevel.CITY) {
            throw ReviewRefusal.levelMayNot(Step.RESTORED, seat);
        }
        return seat;
    }

    private static ReviewLevel covering(Actor reviewer, ReviewLevel seat, Step step, Origin origin) {
        if (!reviewer.covers(seat, origin)) {
            throw ReviewRefusal.otherUnit(step, seat);
        }
        return seat;
    }
}
