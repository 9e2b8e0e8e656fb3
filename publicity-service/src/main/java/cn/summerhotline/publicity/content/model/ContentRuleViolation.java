package cn.summerhotline.publicity.content.model;

/** Content that breaks a rule (field and reason, in English); answered 400 with {@code content.rule.<field>}. */
public class ContentRuleViolation extends RuntimeException {

    private final String field;

    public ContentRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
