package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.Screened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One piece of content on its way to the public, level by level (squad, district bureau, city bureau; never a
 * level skipped), and its life once published: taken down, hidden after reports, restored. Every action asks the
 * transition table in {@link Step} first, and whose step it is, {@link Seats}; the changes others must hear of
 * become {@link ReviewEvent}s, stored with the change itself. Its parts are values it swaps whole: the content's
 * versions ({@link ContentVersions}), the history, never rewritten (the audit trail, {@link History}), and the
 * public's reports ({@link PublicReports}). What anyone may read of it is kept apart in {@link ReviewItemState},
 * so that this class holds the rules and transitions only.
 */
public final class ReviewItem extends ReviewItemState {

    public static final int MAX_REASON = 2_000;

    private final List<ReviewEvent> pendingEvents = new ArrayList<>();

    private ReviewItem(String id, String source, String contentId, Origin origin, long version) {
        super(id, source, contentId, origin, version);
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
        item.versions = new ContentVersions(s.versions());
        item.history = new History(s.history());
        item.reports = new PublicReports(s.reports());
        return item;
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
        if (!origin().equals(submission.origin())) {
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
        Seats.deciding(reviewer, step, status, level, origin());
        if (versions.submittedBy(reviewer.subject())) {
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
        ReviewLevel seat = Seats.takingDown(reviewer, origin());
        record(Step.TAKEN_DOWN, reviewer, seat, now, why, kind);
        pendingEvents.add(ReviewEvents.takenDown(this, kind, seat, why, now));
    }

    /** A member of the public reported the published item; what follows from reports is decided elsewhere. */
    public void report(String reason, Instant now) {
        Step.REPORTED.requireAllowed(status);
        String why = ReviewRuleViolation.optionalText("reason", reason, MAX_REASON);
        record(Step.REPORTED, Actor.PUBLIC, level, now, why, null);
    }

    /**
     * A client's report of the published item, once per client: a client who reported it before (in any round of
     * publication) gets their first report back and nothing changes. Whether the reports now hide the item is
     * decided elsewhere, from {@link #reportsSincePublished()}.
     *
     * @param client a keyed hash naming the client, never who they are
     */
    public Report report(String client, String reason, Instant now) {
        Optional<Report> earlier = reportBy(client);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        report(reason, now);
        Report report = new Report(client, now);
        reports = reports.with(report);
        return report;
    }

    /** Hides a published item once enough reports came in, until the city bureau's re-review. */
    public void hideAfterReports(int reports, Instant now) {
        Step.HIDDEN.requireAllowed(status);
        record(Step.HIDDEN, Actor.SYSTEM, level, now, "举报 " + reports + " 次，待市局复核", null);
        pendingEvents.add(ReviewEvents.hidden(this, HiddenCause.REPORTS, reports, now));
    }

    /**
     * Hides a published item that BLOCK words added since its publication match, until the city bureau's
     * re-review: the words are named in the history, never in the event (the lists are the bureau's own).
     */
    public void hideAfterScreening(Collection<String> words, Instant now) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("hidden after screening for the words that match");
        }
        Step.RESCREENED.requireAllowed(status);
        record(Step.RESCREENED, Actor.SYSTEM, level, now, "新增拦截词命中：" + String.join("、", words) + "，待市局复核", null);
        pendingEvents.add(ReviewEvents.hidden(this, HiddenCause.SCREENING, reportsSincePublished(), now));
    }

    /** The city bureau's re-review of a hidden item finds it sound: it is published again. */
    public void restore(Actor reviewer, String reason, Instant now) {
        String why = ReviewRuleViolation.requireText("reason", reason, MAX_REASON);
        Step.RESTORED.requireAllowed(status);
        ReviewLevel seat = Seats.restoring(reviewer);
        record(Step.RESTORED, reviewer, seat, now, why, null);
        pendingEvents.add(ReviewEvents.published(this, now));
    }

    private void enter(Step step, Submission submission, Screened screened, Instant now) {
        versions = versions.with(submission, screened, now);
        level = origin().startingLevel();
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
        history = history.with(new HistoryEntry(
                now, step, status, at, current().number(), actor.subject(), actor.unit(), reason, kind));
    }

    /** The events of the changes made since the item was submitted or read, oldest first. */
    public List<ReviewEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
