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

    static LifecycleConflict replyRequired(Status status) {
        return new LifecycleConflict(
                Kind.REPLY_REQUIRED,
                status,
                "closed",
                "A complaint in state " + status + " cannot be closed: the citizen has not been answered yet.");
    }

    static LifecycleConflict merged(Status status, String action, String mergedInto) {
        return new LifecycleConflict(
                Kind.MERGED,
                status,
                action,
                "This case was merged into case " + mergedInto + "; act on that case instead.");
    }

    static LifecycleConflict mergedIntoItself(Status status) {
        return invalidMerge(status, "merged", "A case cannot be merged into itself.");
    }

    static LifecycleConflict primaryMerged(Status primaryStatus, String primaryNumber) {
        return invalidMerge(primaryStatus, "merged", "Case " + primaryNumber + " is itself merged into another case.");
    }

    static LifecycleConflict hasMergedCases(Status status, String trackingNumber) {
        return invalidMerge(
                status,
                "merged",
                "Case " + trackingNumber + " has cases merged into it; merge the others into it instead.");
    }

    static LifecycleConflict notMergedInto(Status status, String action, String caseId, String primaryId) {
        return invalidMerge(status, action, "case " + caseId + " is not merged into " + primaryId);
    }

    private static LifecycleConflict invalidMerge(Status status, String action, String message) {
        return new LifecycleConflict(Kind.INVALID_MERGE, status, action, message);
    }

    static LifecycleConflict alreadyRated(Status status) {
        return new LifecycleConflict(Kind.ALREADY_RATED, status, "rated", "This answer has already been rated.");
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
