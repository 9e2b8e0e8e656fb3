package cn.summerhotline.publicity.programme.model;

/**
 * A project or programme that breaks a rule of the plan: the field and what is wrong, in English for developers;
 * the web layer answers 400 with the field's message from the bundles ({@code programme.rule.<field>}).
 */
public class ProgrammeRuleViolation extends RuntimeException {

    private final String field;

    public ProgrammeRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
