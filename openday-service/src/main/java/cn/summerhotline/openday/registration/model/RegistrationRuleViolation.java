package cn.summerhotline.openday.registration.model;

/** A registration's field that breaks a rule; the message is {@code registration.rule.<RULE>}. */
public final class RegistrationRuleViolation extends RuntimeException {

    public enum Rule {
        NAME,
        PHONE,
        PARTY_SIZE
    }

    private final Rule rule;
    private final String field;

    public RegistrationRuleViolation(Rule rule, String field) {
        super(rule + " on " + field);
        this.rule = rule;
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
