package cn.summerhotline.openday.cloud.model;

/** A value a rule of the cloud open day refuses; {@code field} names it for the caller. */
public class CloudRuleViolation extends RuntimeException {

    private final String field;

    public CloudRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
