package cn.summerhotline.openday.plan.model;

/** A step the plan's present status does not allow (409). */
public final class PlanConflict extends RuntimeException {

    /** What was tried. */
    public enum Kind {
        /** A decision on a plan that is not awaiting one. */
        NOT_AWAITING_DECISION,
        /** A submission while the office has not decided on the last one, or after it accepted it. */
        NOT_RETURNED
    }

    private final Kind kind;
    private final PlanStatus status;
    private final int version;

    public PlanConflict(Kind kind, PlanStatus status, int version) {
        super(kind + " with the plan " + status + " at version " + version);
        this.kind = kind;
        this.status = status;
        this.version = version;
    }

    public Kind kind() {
        return kind;
    }

    public PlanStatus status() {
        return status;
    }

    public int version() {
        return version;
    }
}
