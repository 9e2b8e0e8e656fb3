package cn.summerhotline.complaint.model;

/** Input that breaks a rule of the domain before anything changes (answered as 400). */
public class ComplaintRuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public ComplaintRuleViolation(String field, String message) {
        this(field, null, message);
    }

    /** A rule that applies to many fields (e.g. {@code control-characters}), named for the caller's texts. */
    public ComplaintRuleViolation(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    /** The rule broken, when it is not the field's own one. */
    public String rule() {
        return rule;
    }
}
