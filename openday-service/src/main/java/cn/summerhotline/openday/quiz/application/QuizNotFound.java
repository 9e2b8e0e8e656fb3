package cn.summerhotline.openday.quiz.application;

/** No such quiz, or not one the caller may play. */
public class QuizNotFound extends RuntimeException {

    private final String id;

    public QuizNotFound(String id) {
        super("no quiz " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
