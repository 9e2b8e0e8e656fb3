package cn.summerhotline.openday.quiz.application;

/** The participant answered this quiz before: one attempt each (409 {@code already-attempted}). */
public class AlreadyAttempted extends RuntimeException {

    public AlreadyAttempted() {
        super("one attempt per participant");
    }
}
