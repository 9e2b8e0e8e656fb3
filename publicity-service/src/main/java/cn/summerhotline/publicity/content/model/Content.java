package cn.summerhotline.publicity.content.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of a project's content (article, video, poster, live-stream notice, case study) on its way through the
 * three-level review: handed in by event, it is IN_REVIEW at the level its unit and squad start at, and follows
 * review-service's events: REJECTED with the reason, PUBLISHED, TAKEN_DOWN or HIDDEN (neither public). Each event
 * is applied once (its id is kept), and one about an older version than the latest handed in changes nothing.
 */
public final class Content {

    public static final String SOURCE = "publicity-service";
    private static final int KEPT_EVENT_IDS = 50;
    private static final Set<ContentStatus> EDITABLE =
            EnumSet.of(ContentStatus.DRAFT, ContentStatus.REJECTED, ContentStatus.TAKEN_DOWN);

    private ContentSnapshot state;
    private final List<ContentEvent> pending = new ArrayList<>();

    private Content(ContentSnapshot state) {
        this.state = state;
    }

    public static Content restore(ContentSnapshot snapshot) {
        return new Content(snapshot);
    }

    public static Content draft(
            String id,
            String projectId,
            int year,
            Draft draft,
            String unit,
            String squad,
            String submitter,
            String caseTrackingNumber,
            Instant at) {
        return new Content(new ContentSnapshot(
                id,
                projectId,
                year,
                draft,
                0,
                unit,
                squad,
                submitter,
                ContentStatus.DRAFT,
                null,
                null,
                caseTrackingNumber,
                at,
                null,
                null,
                at,
                List.of(),
                0));
    }

    public void revise(Draft draft, Instant at) {
        requireEditable("revise");
        state = with(
                draft,
                state.contentVersion(),
                ContentStatus.DRAFT,
                null,
                null,
                state.submittedAt(),
                state.publishedAt(),
                at,
                state.appliedEvents());
    }

    /** Hands the draft in as a new version; it waits at its unit's starting level. */
    public void submit(String submitter, Instant at) {
        requireEditable("submit");
        int version = state.contentVersion() + 1;
        ReviewLevel level = ReviewLevel.startingAt(state.unit(), state.squad());
        state = new ContentSnapshot(
                state.id(),
                state.projectId(),
                state.year(),
                state.draft(),
                version,
                state.unit(),
                state.squad(),
                submitter,
                ContentStatus.IN_REVIEW,
                level,
                null,
                state.caseTrackingNumber(),
                state.createdAt(),
                at,
                state.publishedAt(),
                at,
                state.appliedEvents(),
                state.version());
        Draft d = state.draft();
        pending.add(new ContentEvent.Submitted(
                SOURCE,
                id(),
                version,
                d.kind().reviewKind(),
                d.title(),
                d.body(),
                d.mediaLinks(),
                state.unit(),
                state.squad(),
                submitter));
    }

    /** Applies a review outcome once: false when it was applied before (nothing changes). */
    public boolean apply(ReviewOutcome outcome) {
        if (state.appliedEvents().contains(outcome.eventId())) {
            return false;
        }
        List<String> applied = new ArrayList<>(state.appliedEvents());
        applied.add(outcome.eventId());
        if (applied.size() > KEPT_EVENT_IDS) {
            applied = applied.subList(applied.size() - KEPT_EVENT_IDS, applied.size());
        }
        if (outcome.contentVersion() < state.contentVersion()) {
            state = with(
                    state.draft(),
                    state.contentVersion(),
                    state.status(),
                    state.level(),
                    state.reason(),
                    state.submittedAt(),
                    state.publishedAt(),
                    state.changedAt(),
                    applied);
            return true;
        }
        boolean wasPublic = state.status() == ContentStatus.PUBLISHED || state.status() == ContentStatus.HIDDEN;
        switch (outcome.kind()) {
            case PUBLISHED -> {
                state = with(
                        state.draft(),
                        state.contentVersion(),
                        ContentStatus.PUBLISHED,
                        null,
                        null,
                        state.submittedAt(),
                        outcome.at(),
                        outcome.at(),
                        applied);
                pending.add(new ContentEvent.Published(
                        id(),
                        state.projectId(),
                        state.year(),
                        state.contentVersion(),
                        state.draft().kind(),
                        state.draft().title(),
                        state.unit(),
                        outcome.at()));
            }
            case REJECTED ->
                state = with(
                        state.draft(),
                        state.contentVersion(),
                        ContentStatus.REJECTED,
                        outcome.level(),
                        outcome.reason(),
                        state.submittedAt(),
                        state.publishedAt(),
                        outcome.at(),
                        applied);
            case TAKEN_DOWN -> {
                state = with(
                        state.draft(),
                        state.contentVersion(),
                        ContentStatus.TAKEN_DOWN,
                        null,
                        outcome.reason(),
                        state.submittedAt(),
                        state.publishedAt(),
                        outcome.at(),
                        applied);
                if (wasPublic) {
                    pending.add(new ContentEvent.TakenDown(
                            id(),
                            state.projectId(),
                            state.year(),
                            state.contentVersion(),
                            state.draft().kind(),
                            state.unit(),
                            outcome.at()));
                }
            }
            case HIDDEN ->
                state = with(
                        state.draft(),
                        state.contentVersion(),
                        ContentStatus.HIDDEN,
                        ReviewLevel.CITY,
                        null,
                        state.submittedAt(),
                        state.publishedAt(),
                        outcome.at(),
                        applied);
        }
        return true;
    }

    public boolean isPublic() {
        return state.status() == ContentStatus.PUBLISHED;
    }

    private void requireEditable(String step) {
        if (!EDITABLE.contains(state.status())) {
            throw new ContentConflict(state.status(), step);
        }
    }

    private ContentSnapshot with(
            Draft draft,
            int contentVersion,
            ContentStatus status,
            ReviewLevel level,
            String reason,
            Instant submittedAt,
            Instant publishedAt,
            Instant changedAt,
            List<String> applied) {
        return new ContentSnapshot(
                state.id(),
                state.projectId(),
                state.year(),
                draft,
                contentVersion,
                state.unit(),
                state.squad(),
                state.submitter(),
                status,
                level,
                reason,
                state.caseTrackingNumber(),
                state.createdAt(),
                submittedAt,
                publishedAt,
                changedAt,
                applied,
                state.version());
    }

    public String id() {
        return state.id();
    }

    public String projectId() {
        return state.projectId();
    }

    public ContentStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    public ContentSnapshot snapshot() {
        return state;
    }

    public List<ContentEvent> pendingEvents() {
        return List.copyOf(pending);
    }
}
