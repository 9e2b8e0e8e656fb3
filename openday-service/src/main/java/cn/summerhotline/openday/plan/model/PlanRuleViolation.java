package cn.summerhotline.openday.plan.model;

/** A field a plan's rule refuses (400), named for the caller. */
public final class PlanRuleViolation extends RuntimeException {

    private final String field;

    public PlanRuleViolation(String field) {
        super("invalid " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
