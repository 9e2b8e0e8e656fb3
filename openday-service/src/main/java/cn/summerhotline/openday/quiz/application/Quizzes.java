package cn.summerhotline.openday.quiz.application;

import cn.summerhotline.openday.quiz.model.Quiz;
import java.util.List;
import java.util.Optional;

/** The quizzes, with their right answers. */
public interface Quizzes {

    Optional<Quiz> byId(String id);

    List<Quiz> ofYear(int year);

    void save(Quiz quiz);
}
