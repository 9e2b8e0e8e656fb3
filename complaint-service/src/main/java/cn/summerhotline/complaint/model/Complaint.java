package cn.summerhotline.complaint.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A citizen's complaint from intake to its closing: routing, handling, the answer to the citizen (件件有回音),
 * supervision of overdue cases, the citizen's rating, and merging of duplicates. Every action asks the
 * transition table in {@link Step} first; every change is recorded in the timeline and announced by a
 * {@link ComplaintEvent}. Its parts with rules of their own are values ({@link Intake}, {@link Routing},
 * {@link Deadline}, {@link Resolution}, {@link Answers}, {@link Merge}, {@link RatingLock}) that it swaps whole,
 * so that no change leaves one of them half done; what it was received with, which no change touches, is kept
 * apart in {@link ReceivedComplaint}.
 */
public final class Complaint extends ReceivedComplaint {

    private final long version;
    private Status status = Status.RECEIVED;
    private Routing routing = Routing.UNROUTED;
    private Deadline deadline;
    private Resolution resolution = Resolution.NONE;
    private boolean followed;
    private Merge merge = Merge.NONE;
    private RatingLock ratingLock;
    private Answers answers = Answers.NONE;
    private final List<Supervision> supervisions = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<ComplaintEvent> pendingEvents = new ArrayList<>();

    private Complaint(
            String id,
            String trackingNumber,
            Intake intake,
            Instant receivedAt,
            List<PossibleDuplicate> possibleDuplicates,
            long version) {
        super(id, trackingNumber, intake, receivedAt, possibleDuplicates);
        this.version = version;
    }

    /**
     * Records a new complaint. One with a known district goes to that district bureau at once (ASSIGNED); the
     * rest wait for an operator (RECEIVED). The deadline runs from receipt; {@code ratingCode} is handed to the
     * reporter in the receipt.
     */
    public static Complaint receive(
            String id,
            String trackingNumber,
            String ratingCode,
            Intake intake,
            Duration handlingTime,
            List<PossibleDuplicate> possibleDuplicates,
            Actor actor,
            Instant now) {
        Complaint c = new Complaint(id, trackingNumber, intake, now, possibleDuplicates, 0);
        c.deadline = Deadline.from(now, handlingTime);
        c.followed = intake.channel().followedFromIntake();
        c.ratingLock = RatingLock.of(ratingCode);
        c.record(Step.RECEIVED, actor, now, null);
        c.pendingEvents.add(ComplaintEvents.received(c, now));
        if (intake.district() != null) {
            c.route(new Routing(intake.district(), null), Actor.SYSTEM, now, "routed to the district of the complaint");
        }
        return c;
    }

    public static Complaint restore(ComplaintSnapshot s) {
        return restore(s, s.version());
    }

    /** The complaint {@code s} holds, read at {@code version}: how the store hands back what it has written. */
    static Complaint restore(ComplaintSnapshot s, long version) {
        Complaint c =
                new Complaint(s.id(), s.trackingNumber(), s.intake(), s.receivedAt(), s.possibleDuplicates(), version);
        c.deadline = s.deadline();
        c.status = s.status();
        c.routing = s.routing();
        c.resolution = s.resolution();
        c.followed = s.followed();
        c.merge = s.merge();
        c.ratingLock = s.ratingLock();
        c.answers = s.answers();
        c.supervisions.addAll(s.supervisions());
        c.timeline.addAll(s.timeline());
        return c;
    }

    /** Routes the case to a district bureau, or passes it on within the district to one of its squads. */
    public void assign(String toDistrict, String toSquad, Actor actor, Instant now) {
        guard(Step.ASSIGNED);
        route(Routing.to(toDistrict, toSquad), actor, now, null);
    }

    /** The district (or its squad) takes the case on. */
    public void accept(Actor actor, Instant now) {
        guard(Step.ACCEPTED);
        record(Step.ACCEPTED, actor, now, null);
        pendingEvents.add(ComplaintEvents.accepted(this, now));
    }

    public void resolve(String summary, Actor actor, Instant now) {
        guard(Step.RESOLVED);
        resolution = Resolution.of(summary, now);
        deadline = deadline.settle(now);
        record(Step.RESOLVED, actor, now, summary);
        pendingEvents.add(ComplaintEvents.resolved(this, now));
    }

    /** Answers the citizen; returns the answer so that cases merged into this one can receive it too. */
    public Reply reply(String message, ReplyChannel channel, Actor actor, Instant now) {
        guard(Step.REPLIED);
        Reply reply = Reply.given(message, channel, now, actor.subject());
        answer(reply, actor, now);
        return reply;
    }

    /**
     * A case merged into another one gets that case's answer: its citizen is answered as well, although nobody
     * handled the merged case itself, so the transition table is not asked.
     */
    public void receiveAnswerOf(Complaint primary, Reply reply, Instant now) {
        if (!merge.isMergedInto(primary.id())) {
            throw LifecycleConflict.notMergedInto(status, "answered", id(), primary.id());
        }
        if (status != Status.CLOSED) {
            answer(reply.passedOn(primary.trackingNumber(), now), Actor.SYSTEM, now);
        }
    }

    /** Closing needs an answer to the citizen first: that is the campaign's promise. */
    public void close(Actor actor, Instant now) {
        guard(Step.CLOSED);
        record(Step.CLOSED, actor, now, null);
        pendingEvents.add(ComplaintEvents.closed(this, now));
    }

    /** Opens an answered or closed case again; the district gets a fresh deadline. */
    public void reopen(String reason, Actor actor, Instant now) {
        guard(Step.REOPENED);
        FreeText.requireClean("reason", reason);
        deadline = deadline.restart(now);
        record(Step.REOPENED, actor, now, reason);
        pendingEvents.add(ComplaintEvents.reopened(this, reason, now));
    }

    /** The citizen rates the latest answer, once; two stars or fewer reopen the case. */
    public void rate(int score, String comment, Instant now) {
        guard(Step.RATED);
        if (answers.latestRated()) {
            throw LifecycleConflict.alreadyRated(status);
        }
        answers = answers.rated(score, comment, now);
        record(Step.RATED, Actor.CITIZEN, now, String.valueOf(score));
        boolean reopens = answers.latestRating().dissatisfied() && !merge.merged();
        pendingEvents.add(ComplaintEvents.rated(this, reopens, now));
        if (reopens) {
            reopen("citizen dissatisfied (" + score + "/5)", Actor.CITIZEN, now);
        }
    }

    /** Counts a wrong rating code; nothing else of the case changes. */
    public void refuseRatingCode() {
        ratingLock = ratingLock.afterWrongCode();
    }

    /** Marks the case overdue once its deadline has passed while it still waits for handling. */
    public boolean detectOverdue(Instant now) {
        if (merge.merged() || !status.awaitingHandling() || deadline.overdue() || !deadline.pastDueAt(now)) {
            return false;
        }
        deadline = deadline.markOverdue(now);
        record(Step.WENT_OVERDUE, Actor.SYSTEM, now, null);
        pendingEvents.add(ComplaintEvents.wentOverdue(this, now));
        return true;
    }

    /** The city bureau's supervision (督办): a note for the handlers and a new deadline. */
    public void supervise(String note, Instant newDueAt, Actor actor, Instant now) {
        guard(Step.SUPERVISED);
        supervisions.add(Supervision.of(note, newDueAt, now, actor.subject()));
        deadline = deadline.moveTo(newDueAt);
        record(Step.SUPERVISED, actor, now, note);
    }

    /** Marks the case for follow-up by the enforcement coordination division and media. */
    public void follow(Actor actor, Instant now) {
        if (!followed) {
            followed = true;
            record(Step.FOLLOWED, actor, now, null);
        }
    }

    /**
     * Merges this case into {@code primary}, which carries the handling from now on; this case's citizen still
     * gets the answer. If the primary has already been answered, the answer is passed on at once.
     */
    public void mergeInto(Complaint primary, Actor actor, Instant now) {
        Merge.requireMergeable(this, primary);
        merge = merge.into(primary.id());
        deadline = deadline.stop();
        record(Step.MERGED_INTO, actor, now, primary.trackingNumber());
        primary.absorb(this, actor, now);
        if (primary.status == Status.REPLIED || primary.status == Status.CLOSED) {
            receiveAnswerOf(primary, primary.answers.latest(), now);
        }
    }

    /** Records on the primary case that a duplicate was merged into it; doing it twice changes nothing. */
    public void absorb(Complaint duplicate, Actor actor, Instant now) {
        if (!duplicate.merge.isMergedInto(id())) {
            throw LifecycleConflict.notMergedInto(status, "merged", duplicate.id(), id());
        }
        if (!merge.mergedCases().contains(duplicate.id())) {
            merge = merge.absorbing(duplicate.id());
            record(Step.ABSORBED_DUPLICATE, actor, now, duplicate.trackingNumber());
        }
    }

    private void answer(Reply reply, Actor actor, Instant now) {
        answers = answers.with(reply);
        deadline = deadline.stop();
        record(Step.REPLIED, actor, now, reply.fromCase());
        pendingEvents.add(ComplaintEvents.replied(this, now));
    }

    private void route(Routing to, Actor actor, Instant now, String note) {
        routing = to;
        record(Step.ASSIGNED, actor, now, note != null ? note : to.label());
        pendingEvents.add(ComplaintEvents.assigned(this, now));
    }

    private void guard(Step step) {
        step.requireAllowed(status, merge.mergedInto());
    }

    /** Leaves the complaint in the state the step leads to, and writes down who took it and when. */
    private void record(Step step, Actor actor, Instant now, String note) {
        status = step.after(status);
        timeline.add(new TimelineEntry(now, step, status, actor.subject(), actor.unit(), note));
    }

    /** The events of the changes made since this complaint was received or restored, oldest first. */
    public List<ComplaintEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public ComplaintSnapshot snapshot() {
        return ComplaintSnapshot.of(this);
    }

    public Status status() {
        return status;
    }

    public Routing routing() {
        return routing;
    }

    public Deadline deadline() {
        return deadline;
    }

    public Resolution resolution() {
        return resolution;
    }

    public boolean followed() {
        return followed;
    }

    public Merge merge() {
        return merge;
    }

    public RatingLock ratingLock() {
        return ratingLock;
    }

    public Answers answers() {
        return answers;
    }

    public List<Supervision> supervisions() {
        return List.copyOf(supervisions);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** The version the complaint was read at: the store changes it only if it is still at this one. */
    public long version() {
        return version;
    }
}
