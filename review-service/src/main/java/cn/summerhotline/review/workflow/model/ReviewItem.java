package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.Screened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One piece of content on its way to the public, level by level (squad, district bureau, city bureau; never a
 * level skipped), and its life once published: taken down, hidden after reports, restored. Every version of the
 * content and every step taken on it stay in its history, which is never rewritten (the audit trail). Every
 * action asks the transition table in {@link Step} first; the changes others must hear of become
 * {@link ReviewEvent}s, stored with the change itself.
 */
public final class ReviewItem {

    public static final int MAX_REASON = 2_000;

    private final String id;
    private final String source;
    private final String contentId;
    private final Origin origin;
    private final long version;
    private ReviewStatus status;
    private ReviewLevel level;
    private Instant levelSince;
    private final List<ContentVersion> versions = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<ReviewEvent> pendingEvents = new ArrayList<>();

    private ReviewItem(String id, String source, String contentId, Origin origin, long version) {
        this.id = Objects.requireNonNull(id);
        this.source = source;
        this.contentId = contentId;
        this.origin = origin;
        this.version = version;
    }

    /**
     * A new item at the level its origin starts at, or rejected at once when the pre-screen blocks it: no
     * reviewer sees content the city bureau's lists refuse.
     */
    public static ReviewItem submit(String id, Submission submission, Screened screened, Instant now) {
        ReviewItem item = new ReviewItem(id, submission.source(), submission.contentId(), submission.origin(), 0);
        item.status = ReviewStatus.PENDING;
        item.enter(Step.SUBMITTED, submission, screened, now);
        return item;
    }

    public static ReviewItem restore(ReviewItemSnapshot s) {
        ReviewItem item = new ReviewItem(s.id(), s.source(), s.contentId(), s.origin(), s.version());
        item.status = s.status();
        item.level = s.level();
        item.levelSince = s.levelSince();
        item.versions.addAll(s.versions());
        item.history.addAll(s.history());
        return item;
    }

    /**
     * Whether the submission brings content this item does not hold yet: an owner's event with a higher version
     * number than the last, or through the API content that differs from the last version. A repeated or late
     * event, or a retried request, changes nothing.
     */
    public boolean isNewVersion(Submission submission) {
        if (submission.sourceEvent() != null
                && versions.stream().anyMatch(v -> submission.sourceEvent().equals(v.sourceEvent()))) {
            return false;
        }
        if (submission.version() != null) {
            return submission.version() > current().number();
        }
        return !submission.content().equals(current().content());
    }

    /**
     * Takes a new version in. A pending item is revised in place and goes back to its starting level: the
     * approvals given so far were for the old text, and the levels below must see the new one (a level is never
     * skipped); it stays one item with one history rather than two in the queues. An item that had left review
     * (rejected, taken down, published, hidden) starts a new round at its starting level; a published one leaves
     * the public until the new version passes. The new version is pre-screened ({@code screening}) before anyone
     * sees it; returns false, changing nothing and screening nothing, when the version is not new.
     */
    public boolean revise(Submission submission, Supplier<Screened> screening, Instant now) {
        if (!origin.equals(submission.origin())) {
            throw ReviewConflict.otherOrigin(status);
        }
        if (!isNewVersion(submission)) {
            return false;
        }
        Step step = status == ReviewStatus.PENDING ? Step.REVISED : Step.RESUBMITTED;
        step.requireAllowed(status);
        enter(step, submission, screening.get(), now);
        return true;
    }

    /**
     * A reviewer's decision on the version they read, at their level: approval moves the item on (at the city
     * bureau it is published), rejection needs a reason. Only a reviewer of the item's present level and unit
     * (and squad, at squad level) decides, never on what they submitted themselves.
     */
    public void decide(Actor reviewer, Decision decision, String reason, int contentVersion, Instant now) {
        Step step = decision == Decision.APPROVE ? Step.APPROVED : Step.REJECTED;
        String why = decision == Decision.REJECT
                ? ReviewRuleViolation.requireText("reason", reason, MAX_REASON)
                : ReviewRuleViolation.optionalText("reason", reason, MAX_REASON);
        step.requireAllowed(status);
        if (contentVersion != current().number()) {
            throw ReviewConflict.oldVersion(
                    status, level, contentVersion, current().number());
        }
        ReviewLevel seat = reviewer.reviewLevel().orElseThrow(() -> ReviewRefusal.otherUnit(step, null));
        if (seat != level) {
            throw ReviewConflict.otherLevel(status, level, seat);
        }
        if (!reviewer.covers(seat, origin)) {
            throw ReviewRefusal.otherUnit(step, seat);
        }
        if (versions.stream().anyMatch(v -> v.submittedBy().equals(reviewer.subject()))) {
            throw ReviewRefusal.ownSubmission(step);
        }
        if (decision == Decision.REJECT) {
            reject(reviewer, why, false, now);
            return;
        }
        record(Step.APPROVED, reviewer, level, now, why, null);
        if (status == ReviewStatus.PENDING) {
            level = level.next().orElseThrow();
            levelSince = now;
        } else {
            pendingEvents.add(ReviewEvents.published(this, now));
        }
    }

    /**
     * Takes published (or hidden) content down at once, with its kind and reason: a district reviewer their
     * unit's, a city reviewer any unit's.
     */
    public void takeDown(Actor reviewer, TakedownKind kind, String reason, Instant now) {
        if (kind == null) {
            throw new ReviewRuleViolation("kind", "a takedown needs its kind");
        }
        String why = ReviewRuleViolation.requireText("reason", reason, MAX_REASON);
        Step.TAKEN_DOWN.requireAllowed(status);
        ReviewLevel seat = reviewer.reviewLevel().orElse(null);
        if (seat == null || seat == ReviewLevel.SQUAD) {
            throw ReviewRefusal.levelMayNot(Step.TAKEN_DOWN, seat);
        }
        if (!reviewer.covers(seat, origin)) {
            throw ReviewRefusal.otherUnit(Step.TAKEN_DOWN, seat);
        }
        record(Step.TAKEN_DOWN, reviewer, seat, now, why, kind);
        pendingEvents.add(ReviewEvents.takenDown(this, kind, seat, why, now));
    }

    /** A member of the public reported the published item; what follows from reports is decided elsewhere. */
    public void report(String reason, Instant now) {
        Step.REPORTED.requireAllowed(status);
        record(
                Step.REPORTED,
                Actor.PUBLIC,
                level,
                now,
                ReviewRuleViolation.optionalText("reason", reason, MAX_REASON),
                null);
    }

    /** Hides a published item once enough reports came in, until the city bureau's re-review. */
    public void hideAfterReports(int reports, Instant now) {
        Step.HIDDEN.requireAllowed(status);
        record(Step.HIDDEN, Actor.SYSTEM, level, now, "举报 " + reports + " 次，待市局复核", null);
    }

    /** The city bureau's re-review of a hidden item finds it sound: it is published again. */
    public void restore(Actor reviewer, String reason, Instant now) {
        String why = ReviewRuleViolation.requireText("reason", reason, MAX_REASON);
        Step.RESTORED.requireAllowed(status);
        ReviewLevel seat = reviewer.reviewLevel().orElse(null);
        if (seat != ReviewLevel.CITY) {
            throw ReviewRefusal.levelMayNot(Step.RESTORED, seat);
        }
        record(Step.RESTORED, reviewer, seat, now, why, null);
        pendingEvents.add(ReviewEvents.published(this, now));
    }

    private void enter(Step step, Submission submission, Screened screened, Instant now) {
        int number = submission.version() != null
                ? submission.version()
                : versions.isEmpty() ? 1 : current().number() + 1;
        versions.add(new ContentVersion(
                number,
                submission.content(),
                submission.submitter().subject(),
                now,
                screened,
                submission.sourceEvent()));
        level = origin.startingLevel();
        levelSince = now;
        record(step, submission.submitter(), level, now, null, null);
        record(
                Step.SCREENED,
                Actor.SYSTEM,
                level,
                now,
                ScreeningNotes.summary(current().screened()),
                null);
        if (current().screened().blocked()) {
            reject(Actor.SYSTEM, ScreeningNotes.blockReason(current().screened()), true, now);
        }
    }

    private void reject(Actor by, String reason, boolean automatic, Instant now) {
        Step.REJECTED.requireAllowed(status);
        record(Step.REJECTED, by, level, now, reason, null);
        pendingEvents.add(ReviewEvents.rejected(this, reason, automatic, now));
    }

    /** Leaves the item in the state the step leads to, and writes down who took it, at which level, and when. */
    private void record(Step step, Actor actor, ReviewLevel at, Instant now, String reason, TakedownKind kind) {
        status = step.after(status, at);
        history.add(new HistoryEntry(
                now, step, status, at, current().number(), actor.subject(), actor.unit(), reason, kind));
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String contentId() {
        return contentId;
    }

    public Origin origin() {
        return origin;
    }

    public ReviewStatus status() {
        return status;
    }

    /** The level a pending item waits at; for the others, the last level it reached. */
    public ReviewLevel level() {
        return level;
    }

    /** When the item entered its present level. */
    public Instant levelSince() {
        return levelSince;
    }

    /** The latest version, the one under review or published. */
    public ContentVersion current() {
        return versions.get(versions.size() - 1);
    }

    public List<ContentVersion> versions() {
        return List.copyOf(versions);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /** The version the item was read at: the store changes it only if it is still at this one. */
    public long version() {
        return version;
    }

    /** The events of the changes made since the item was submitted or read, oldest first. */
    public List<ReviewEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public ReviewItemSnapshot snapshot() {
        return new ReviewItemSnapshot(
                id,
                source,
                contentId,
                origin,
                status,
                level,
                levelSince,
                List.copyOf(versions),
                List.copyOf(history),
                version);
    }
}
