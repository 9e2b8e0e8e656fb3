package cn.summerhotline.openday.quiz.application;

/** The quiz exists but cannot be played now: not published, or the open day is not online (409). */
public class QuizClosed extends RuntimeException {

    public QuizClosed(String id) {
        super("quiz " + id + " is not open");
    }
}
