package cn.summerhotline.complaint.model;

/** Where a complaint stands in its lifecycle. */
public enum Status {
    RECEIVED("已受理", "Received"),
    ASSIGNED("已派单", "Assigned"),
    IN_PROGRESS("处置中", "In progress"),
    RESOLVED("已办结", "Resolved"),
    REPLIED("已回复", "Replied"),
    CLOSED("已结案", "Closed"),
    REOPENED("重新办理", "Reopened");

    private final String nameZh;
    private final String nameEn;

    Status(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Still waiting for the district to act: the deadline runs and the case can go overdue. */
    public boolean awaitingHandling() {
        return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS || this == REOPENED;
    }
}
