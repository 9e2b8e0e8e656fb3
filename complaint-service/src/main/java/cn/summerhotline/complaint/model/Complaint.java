package cn.summerhotline.complaint.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A citizen's complaint from intake to its closing: routing, handling, the answer to the citizen (件件有回音),
 * supervision of overdue cases, the citizen's rating, and merging of duplicates. Every change is recorded in the
 * timeline and announced by a {@link ComplaintEvent}.
 */
public final class Complaint {

    private final String id;
    private final String trackingNumber;
    private final Intake intake;
    private final Instant receivedAt;
    private final Duration handlingTime;
    private String district;
    private String squad;
    private Status status;
    private Instant dueAt;
    private Instant overdueSince;
    private boolean everOverdue;
    private Boolean handledOnTime;
    private Instant resolvedAt;
    private String resolution;
    private boolean followed;
    private String mergedInto;
    private final List<String> mergedCases;
    private final List<Reply> replies;
    private final List<Rating> ratings;
    private final List<Supervision> supervisions;
    private final List<TimelineEntry> timeline;
    private final List<PossibleDuplicate> possibleDuplicates;
    private final String ratingCode;
    private int wrongRatingCodes;
    private final long version;
    private final List<ComplaintEvent> pendingEvents = new ArrayList<>();

    private Complaint(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.trackingNumber = Objects.requireNonNull(s.trackingNumber());
        this.intake = new Intake(
                s.category(),
                s.description(),
                s.channel(),
                s.intakeDistrict(),
                s.address(),
                s.location(),
                s.reporter(),
                s.leader(),
                s.occurredAt());
        this.receivedAt = s.receivedAt();
        this.handlingTime = s.handlingTime();
        this.district = s.district();
        this.squad = s.squad();
        this.status = s.status();
        this.dueAt = s.dueAt();
        this.overdueSince = s.overdueSince();
        this.everOverdue = s.everOverdue();
        this.handledOnTime = s.handledOnTime();
        this.resolvedAt = s.resolvedAt();
        this.resolution = s.resolution();
        this.followed = s.followed();
        this.mergedInto = s.mergedInto();
        this.mergedCases = new ArrayList<>(nonNull(s.mergedCases()));
        this.replies = new ArrayList<>(nonNull(s.replies()));
        this.ratings = new ArrayList<>(nonNull(s.ratings()));
        this.supervisions = new ArrayList<>(nonNull(s.supervisions()));
        this.timeline = new ArrayList<>(nonNull(s.timeline()));
        this.possibleDuplicates = new ArrayList<>(nonNull(s.possibleDuplicates()));
        this.ratingCode = s.ratingCode();
        this.wrongRatingCodes = s.wrongRatingCodes();
        this.version = s.version();
    }

    /**
     * Records a new complaint. One with a known district goes to that district bureau at once (ASSIGNED); the
     * rest wait for an operator (RECEIVED). The deadline runs from receipt.
     */
    public static Complaint receive(
            String id,
            String trackingNumber,
            Intake intake,
            Duration handlingTime,
            List<PossibleDuplicate> possibleDuplicates,
            Actor actor,
            Instant now) {
        return receive(id, trackingNumber, null, intake, handlingTime, possibleDuplicates, actor, now);
    }

    /**
     * As {@link #receive(String, String, Intake, Duration, List, Actor, Instant)}, with the rating code handed to
     * the reporter in the receipt: only the one who holds it may rate the answer.
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
        Complaint complaint = new Complaint(new Snapshot(
                id,
                trackingNumber,
                intake.category(),
                intake.description(),
                intake.channel(),
                intake.district(),
                intake.address(),
                intake.location(),
                intake.reporter(),
                intake.leader(),
                intake.occurredAt(),
                now,
                handlingTime,
                null,
                null,
                Status.RECEIVED,
                now.plus(handlingTime),
                null,
                false,
                null,
                null,
                null,
                intake.channel().followedFromIntake(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                possibleDuplicates,
                ratingCode,
                0,
                0));
        complaint.record(Step.RECEIVED, actor, now, null);
        complaint.pendingEvents.add(new ComplaintEvent.Received(
                id,
                trackingNumber,
                intake.category(),
                intake.channel(),
                intake.district(),
                complaint.followed,
                complaint.dueAt,
                now));
        if (intake.district() != null) {
            complaint.route(intake.district(), null, Actor.SYSTEM, now, "routed to the district of the complaint");
        }
        return complaint;
    }

    public static Complaint restore(Snapshot snapshot) {
        return new Complaint(snapshot);
    }

    /** Routes the case to a district bureau, or passes it on within the district to one of its squads. */
    public void assign(String toDistrict, String toSquad, Actor actor, Instant now) {
        requireNotMerged("assigned");
        if (!(status == Status.RECEIVED || status == Status.ASSIGNED || status == Status.REOPENED)) {
            throw LifecycleConflict.invalid(status, "assigned");
        }
        if (toDistrict == null || !District.isKnown(toDistrict)) {
            throw new ComplaintRuleViolation("district", "unknown district '" + toDistrict + "'");
        }
        FreeText.requireClean("squad", toSquad);
        route(toDistrict, blankToNull(toSquad), actor, now, null);
    }

    /** The district (or its squad) takes the case on. */
    public void accept(Actor actor, Instant now) {
        requireNotMerged("accepted");
        if (!(status == Status.ASSIGNED || status == Status.REOPENED)) {
            throw LifecycleConflict.invalid(status, "accepted");
        }
        status = Status.IN_PROGRESS;
        record(Step.ACCEPTED, actor, now, null);
        pendingEvents.add(
                new ComplaintEvent.Accepted(id, trackingNumber, intake.category(), district, squad, dueAt, now));
    }

    public void resolve(String summary, Actor actor, Instant now) {
        requireNotMerged("resolved");
        if (status != Status.IN_PROGRESS) {
            throw LifecycleConflict.invalid(status, "resolved");
        }
        requireText("summary", summary);
        status = Status.RESOLVED;
        resolution = summary;
        resolvedAt = now;
        handledOnTime = !now.isAfter(dueAt);
        overdueSince = null;
        record(Step.RESOLVED, actor, now, summary);
        pendingEvents.add(new ComplaintEvent.Resolved(
                id, trackingNumber, intake.category(), district, summary, handledOnTime, now));
    }

    /** Answers the citizen; returns the answer so that cases merged into this one can receive it too. */
    public Reply reply(String message, ReplyChannel channel, Actor actor, Instant now) {
        requireNotMerged("replied");
        if (status != Status.RESOLVED) {
            throw LifecycleConflict.invalid(status, "replied");
        }
        requireText("message", message);
        if (channel == null) {
            throw new ComplaintRuleViolation("channel", "say how the citizen was answered");
        }
        Reply reply = new Reply(message, channel, now, actor.subject(), null);
        answer(reply, actor, now);
        return reply;
    }

    /**
     * A case merged into another one gets that case's answer: its citizen is answered as well, although nobody
     * handled the merged case itself.
     */
    public void receiveAnswerOf(Complaint primary, Reply reply, Instant now) {
        if (!primary.id.equals(mergedInto)) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.INVALID_MERGE,
                    status,
                    "answered",
                    "case " + id + " is not merged into " + primary.id);
        }
        if (status == Status.CLOSED) {
            return;
        }
        answer(new Reply(reply.message(), reply.channel(), now, reply.by(), primary.trackingNumber), Actor.SYSTEM, now);
    }

    /** Closing needs an answer to the citizen first: that is the campaign's promise. */
    public void close(Actor actor, Instant now) {
        if (status == Status.CLOSED) {
            throw LifecycleConflict.invalid(status, "closed");
        }
        if (status != Status.REPLIED) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.REPLY_REQUIRED,
                    status,
                    "closed",
                    "A complaint in state " + status + " cannot be closed: the citizen has not been answered yet.");
        }
        status = Status.CLOSED;
        record(Step.CLOSED, actor, now, null);
        pendingEvents.add(new ComplaintEvent.Closed(id, trackingNumber, district, now));
    }

    /** Opens an answered or closed case again; the district gets a fresh deadline. */
    public void reopen(String reason, Actor actor, Instant now) {
        requireNotMerged("reopened");
        if (!(status == Status.REPLIED || status == Status.CLOSED)) {
            throw LifecycleConflict.invalid(status, "reopened");
        }
        FreeText.requireClean("reason", reason);
        status = Status.REOPENED;
        dueAt = now.plus(handlingTime);
        overdueSince = null;
        record(Step.REOPENED, actor, now, reason);
        pendingEvents.add(new ComplaintEvent.Reopened(id, trackingNumber, district, reason, dueAt, now));
    }

    /** The citizen rates the latest answer, once; two stars or fewer reopen the case. */
    public void rate(int score, String comment, Instant now) {
        if (!(status == Status.REPLIED || status == Status.CLOSED)) {
            throw LifecycleConflict.invalid(status, "rated");
        }
        int replyNumber = replies.size();
        if (ratings.stream().anyMatch(r -> r.replyNumber() == replyNumber)) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.ALREADY_RATED, status, "rated", "This answer has already been rated.");
        }
        FreeText.requireClean("comment", comment);
        Rating rating = new Rating(score, blankToNull(comment), now, replyNumber);
        ratings.add(rating);
        record(Step.RATED, Actor.CITIZEN, now, String.valueOf(score));
        boolean reopens = rating.dissatisfied() && mergedInto == null;
        pendingEvents.add(new ComplaintEvent.Rated(id, trackingNumber, district, score, reopens, now));
        if (reopens) {
            reopen("citizen dissatisfied (" + score + "/5)", Actor.CITIZEN, now);
        }
    }

    /**
     * Whether {@code code} is the rating code handed to the reporter at intake. After {@link
     * Rating#MAX_WRONG_CODES} wrong codes the case takes no rating any more, not even with the right code: a
     * guesser learns nothing from further tries.
     */
    public boolean acceptsRatingCode(String code) {
        return !ratingLocked() && ratingCode != null && code != null && ratingCode.equals(code);
    }

    public boolean ratingLocked() {
        return wrongRatingCodes >= Rating.MAX_WRONG_CODES;
    }

    /** Counts a wrong rating code; nothing else of the case changes. */
    public void refuseRatingCode() {
        wrongRatingCodes++;
    }

    /** Marks the case overdue once its deadline has passed while it still waits for handling. */
    public boolean detectOverdue(Instant now) {
        if (mergedInto != null || !status.awaitingHandling() || overdueSince != null || !now.isAfter(dueAt)) {
            return false;
        }
        overdueSince = now;
        everOverdue = true;
        record(Step.WENT_OVERDUE, Actor.SYSTEM, now, null);
        pendingEvents.add(
                new ComplaintEvent.WentOverdue(id, trackingNumber, intake.category(), district, status, dueAt, now));
        return true;
    }

    /** The city bureau's supervision (督办): a note for the handlers and a new deadline. */
    public void supervise(String note, Instant newDueAt, Actor actor, Instant now) {
        requireNotMerged("supervised");
        if (!status.awaitingHandling()) {
            throw LifecycleConflict.invalid(status, "supervised");
        }
        requireText("note", note);
        if (newDueAt == null || !newDueAt.isAfter(now)) {
            throw new ComplaintRuleViolation("dueAt", "the new deadline must lie in the future");
        }
        supervisions.add(new Supervision(note, newDueAt, now, actor.subject()));
        dueAt = newDueAt;
        overdueSince = null;
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
        if (primary.id.equals(id)) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.INVALID_MERGE, status, "merged", "A case cannot be merged into itself.");
        }
        requireNotMerged("merged");
        if (primary.mergedInto != null) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.INVALID_MERGE,
                    primary.status,
                    "merged",
                    "Case " + primary.trackingNumber + " is itself merged into another case.");
        }
        if (status == Status.CLOSED) {
            throw LifecycleConflict.invalid(status, "merged");
        }
        if (!mergedCases.isEmpty()) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.INVALID_MERGE,
                    status,
                    "merged",
                    "Case " + trackingNumber + " has cases merged into it; merge the others into it instead.");
        }
        mergedInto = primary.id;
        overdueSince = null;
        record(Step.MERGED_INTO, actor, now, primary.trackingNumber);
        primary.absorb(this, actor, now);
        if (primary.status == Status.REPLIED || primary.status == Status.CLOSED) {
            receiveAnswerOf(primary, primary.replies.get(primary.replies.size() - 1), now);
        }
    }

    /** Records on the primary case that a duplicate was merged into it; doing it twice changes nothing. */
    public void absorb(Complaint duplicate, Actor actor, Instant now) {
        if (!id.equals(duplicate.mergedInto)) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.INVALID_MERGE,
                    status,
                    "merged",
                    "case " + duplicate.id + " is not merged into " + id);
        }
        if (!mergedCases.contains(duplicate.id)) {
            mergedCases.add(duplicate.id);
            record(Step.ABSORBED_DUPLICATE, actor, now, duplicate.trackingNumber);
        }
    }

    private void answer(Reply reply, Actor actor, Instant now) {
        replies.add(reply);
        status = Status.REPLIED;
        overdueSince = null;
        record(Step.REPLIED, actor, now, reply.fromCase());
        pendingEvents.add(
                new ComplaintEvent.Replied(id, trackingNumber, district, reply.channel(), reply.fromCase(), now));
    }

    private void route(String toDistrict, String toSquad, Actor actor, Instant now, String note) {
        district = toDistrict;
        squad = toSquad;
        status = Status.ASSIGNED;
        record(
                Step.ASSIGNED,
                actor,
                now,
                note != null ? note : toSquad == null ? toDistrict : toDistrict + "/" + toSquad);
        pendingEvents.add(
                new ComplaintEvent.Assigned(id, trackingNumber, intake.category(), toDistrict, toSquad, dueAt, now));
    }

    private void record(Step step, Actor actor, Instant now, String note) {
        timeline.add(new TimelineEntry(now, step, status, actor.subject(), actor.unit(), note));
    }

    private void requireNotMerged(String action) {
        if (mergedInto != null) {
            throw new LifecycleConflict(
                    LifecycleConflict.Kind.MERGED,
                    status,
                    action,
                    "This case was merged into case " + mergedInto + "; act on that case instead.");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ComplaintRuleViolation(field, field + " must not be blank");
        }
        FreeText.requireClean(field, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The events of the changes made since this complaint was received or restored, oldest first. */
    public List<ComplaintEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                trackingNumber,
                intake.category(),
                intake.description(),
                intake.channel(),
                intake.district(),
                intake.address(),
                intake.location(),
                intake.reporter(),
                intake.leader(),
                intake.occurredAt(),
                receivedAt,
                handlingTime,
                district,
                squad,
                status,
                dueAt,
                overdueSince,
                everOverdue,
                handledOnTime,
                resolvedAt,
                resolution,
                followed,
                mergedInto,
                List.copyOf(mergedCases),
                List.copyOf(replies),
                List.copyOf(ratings),
                List.copyOf(supervisions),
                List.copyOf(timeline),
                List.copyOf(possibleDuplicates),
                ratingCode,
                wrongRatingCodes,
                version);
    }

    public String id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Category category() {
        return intake.category();
    }

    public Channel channel() {
        return intake.channel();
    }

    public Intake intake() {
        return intake;
    }

    public String district() {
        return district;
    }

    public String squad() {
        return squad;
    }

    public Status status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean overdue() {
        return overdueSince != null;
    }

    public boolean followed() {
        return followed;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public List<String> mergedCases() {
        return List.copyOf(mergedCases);
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    public List<Rating> ratings() {
        return List.copyOf(ratings);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public String ratingCode() {
        return ratingCode;
    }

    public long version() {
        return version;
    }

    /**
     * Everything a complaint holds, for storing it and reading it back. {@code intakeDistrict} is the district
     * given at intake; {@code district} the one the case is routed to now.
     */
    public record Snapshot(
            String id,
            String trackingNumber,
            Category category,
            String description,
            Channel channel,
            String intakeDistrict,
            String address,
            Location location,
            Reporter reporter,
            String leader,
            Instant occurredAt,
            Instant receivedAt,
            Duration handlingTime,
            String district,
            String squad,
            Status status,
            Instant dueAt,
            Instant overdueSince,
            boolean everOverdue,
            Boolean handledOnTime,
            Instant resolvedAt,
            String resolution,
            boolean followed,
            String mergedInto,
            List<String> mergedCases,
            List<Reply> replies,
            List<Rating> ratings,
            List<Supervision> supervisions,
            List<TimelineEntry> timeline,
            List<PossibleDuplicate> possibleDuplicates,
            String ratingCode,
            int wrongRatingCodes,
            long version) {

        public Snapshot withVersion(long next) {
            return new Snapshot(
                    id,
                    trackingNumber,
                    category,
                    description,
                    channel,
                    intakeDistrict,
                    address,
                    location,
                    reporter,
                    leader,
                    occurredAt,
                    receivedAt,
                    handlingTime,
                    district,
                    squad,
                    status,
                    dueAt,
                    overdueSince,
                    everOverdue,
                    handledOnTime,
                    resolvedAt,
                    resolution,
                    followed,
                    mergedInto,
                    mergedCases,
                    replies,
                    ratings,
                    supervisions,
                    timeline,
                    possibleDuplicates,
                    ratingCode,
                    wrongRatingCodes,
                    next);
        }
    }
}
