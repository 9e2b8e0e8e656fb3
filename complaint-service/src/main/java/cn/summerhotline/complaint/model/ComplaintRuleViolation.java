package cn.summerhotline.complaint.model;

/** Input that breaks a rule of the domain before anything changes (answered as 400). */
public class ComplaintRuleViolation extends RuntimeException {

    private final String field;

    public ComplaintRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
