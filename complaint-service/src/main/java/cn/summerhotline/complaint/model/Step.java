package cn.summerhotline.complaint.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a timeline entry records, and the lifecycle's transition table: for each step a caller asks for, its
 * action's name, the states it is allowed from and the state it leads to. The rules live here only, so that
 * no action of {@link Complaint} can drift from the others; steps with no states ({@code RECEIVED}, {@code
 * WENT_OVERDUE}, ...) are the complaint's own doing and never asked for.
 */
public enum Step {
    RECEIVED(null, Status.RECEIVED),
    ASSIGNED("assigned", Status.ASSIGNED, Status.RECEIVED, Status.ASSIGNED, Status.REOPENED),
    ACCEPTED("accepted", Status.IN_PROGRESS, Status.ASSIGNED, Status.REOPENED),
    RESOLVED("resolved", Status.RESOLVED, Status.IN_PROGRESS),
    REPLIED("replied", Status.REPLIED, Status.RESOLVED),
    CLOSED("closed", Status.CLOSED, Status.REPLIED),
    REOPENED("reopened", Status.REOPENED, Status.REPLIED, Status.CLOSED),
    WENT_OVERDUE(null, null),
    SUPERVISED("supervised", null, Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS, Status.REOPENED),
    RATED("rated", null, Status.REPLIED, Status.CLOSED),
    MERGED_INTO(
            "merged",
            null,
            Status.RECEIVED,
            Status.ASSIGNED,
            Status.IN_PROGRESS,
            Status.RESOLVED,
            Status.REPLIED,
            Status.REOPENED),
    ABSORBED_DUPLICATE(null, null),
    FOLLOWED(null, null);

    /**
     * What a merged case still takes itself: once its primary's answer has reached it, it is closed and rated
     * like any answered case; everything else is done on the primary.
     */
    private static final Set<Step> TAKEN_BY_MERGED_CASES = EnumSet.of(CLOSED, RATED);

    private final String action;
    private final Status leadsTo;
    private final Set<Status> allowedFrom;

    Step(String action, Status leadsTo, Status... allowedFrom) {
        this.action = action;
        this.leadsTo = leadsTo;
        this.allowedFrom = EnumSet.noneOf(Status.class);
        this.allowedFrom.addAll(List.of(allowedFrom));
    }

    /** The action's name in conflicts and their messages, e.g. {@code assigned}. */
    String action() {
        return action;
    }

    /** The state the step leaves the complaint in. */
    Status after(Status from) {
        return leadsTo == null ? from : leadsTo;
    }

    /**
     * Refuses the step, as the conflict a caller sees (409), unless the table allows it from {@code from};
     * {@code mergedInto} names the case this one was merged into, if any.
     */
    void requireAllowed(Status from, String mergedInto) {
        if (mergedInto != null && !TAKEN_BY_MERGED_CASES.contains(this)) {
            throw LifecycleConflict.merged(from, action, mergedInto);
        }
        if (!allowedFrom.contains(from)) {
            throw this == CLOSED && from != Status.CLOSED
                    ? LifecycleConflict.replyRequired(from)
                    : LifecycleConflict.invalid(from, action);
        }
    }

    /** Steps whose note carries no personal data and may be shown on a followed case's public timeline. */
    public boolean notePublicWhenFollowed() {
        return this == RESOLVED || this == SUPERVISED || this == ASSIGNED || this == FOLLOWED;
    }
}
