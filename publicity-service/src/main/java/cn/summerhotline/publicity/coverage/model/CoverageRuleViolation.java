package cn.summerhotline.publicity.coverage.model;

/** A coverage record that breaks a rule: answered 400 with {@code coverage.rule.<field>}. */
public class CoverageRuleViolation extends RuntimeException {

    private final String field;

    public CoverageRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
