package cn.summerhotline.complaint.model;

/**
 * An action the complaint's current state does not allow (answered as 409). {@link Kind} tells the campaign's
 * own rules apart from a plain wrong transition.
 */
public class LifecycleConflict extends RuntimeException {

    public enum Kind {
        /** The action does not follow from the current status. */
        INVALID_TRANSITION,
        /** Closing a case whose citizen has not been answered: the campaign's promise forbids it. */
        REPLY_REQUIRED,
        /** The latest answer has already been rated. */
        ALREADY_RATED,
        /** The case was merged into another one, which carries its handling. */
        MERGED,
        /** A merge that makes no sense (itself, a merged case, a closed case). */
        INVALID_MERGE
    }

    private final Kind kind;
    private final Status status;
    private final String action;

    public LifecycleConflict(Kind kind, Status status, String action, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.action = action;
    }

    static LifecycleConflict invalid(Status status, String action) {
        return new LifecycleConflict(
                Kind.INVALID_TRANSITION,
                status,
                action,
                "A complaint in state " + status + " cannot be " + action + ".");
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public String action() {
        return action;
    }
}
