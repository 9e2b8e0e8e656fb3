package cn.summerhotline.publicity.importing.model;

/** A plan that cannot be imported at all (no campaign dates, another year): nothing of it is stored. */
public class PlanRejected extends RuntimeException {

    private final String reason;

    public PlanRejected(String reason) {
        super("plan rejected: " + reason);
        this.reason = reason;
    }

    /** The message code's last part ({@code import.rejected.<reason>}). */
    public String reason() {
        return reason;
    }
}
