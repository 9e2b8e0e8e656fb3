package cn.summerhotline.complaint.model;

/** What a timeline entry records. */
public enum Step {
    RECEIVED,
    ASSIGNED,
    ACCEPTED,
    RESOLVED,
    REPLIED,
    CLOSED,
    REOPENED,
    WENT_OVERDUE,
    SUPERVISED,
    RATED,
    MERGED_INTO,
    ABSORBED_DUPLICATE,
    FOLLOWED;

    /** Steps whose note carries no personal data and may be shown on a followed case's public timeline. */
    public boolean notePublicWhenFollowed() {
        return this == RESOLVED || this == SUPERVISED || this == ASSIGNED || this == FOLLOWED;
    }
}
