package cn.summerhotline.openday.quiz.model;

/** A quiz or an answer sheet a rule refuses; {@code field} names what. */
public class QuizRuleViolation extends RuntimeException {

    private final String field;

    public QuizRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
