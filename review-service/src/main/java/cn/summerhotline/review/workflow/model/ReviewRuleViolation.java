package cn.summerhotline.review.workflow.model;

/** Input that breaks a rule of the review before anything changes (answered as 400, naming the field). */
public class ReviewRuleViolation extends RuntimeException {

    private final String field;

    public ReviewRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ReviewRuleViolation(field, field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new ReviewRuleViolation(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(field, value, maxLength);
    }
}
