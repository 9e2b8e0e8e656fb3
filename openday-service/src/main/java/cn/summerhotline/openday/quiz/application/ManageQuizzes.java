package cn.summerhotline.openday.quiz.application;

import cn.summerhotline.openday.quiz.model.Question;
import cn.summerhotline.openday.quiz.model.Quiz;
import cn.summerhotline.openday.quiz.model.QuizTopic;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The city bureau's admins write quizzes with their right answers and publish them. */
@Service
public class ManageQuizzes {

    private final Quizzes quizzes;

    public ManageQuizzes(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    public Quiz create(Caller caller, int year, QuizTopic topic, String title, List<Question> questions) {
        requireCityAdmin(caller);
        Quiz quiz = new Quiz("quiz-" + UUID.randomUUID(), year, topic, title, questions, false);
        quizzes.save(quiz);
        return quiz;
    }

    public Quiz publish(Caller caller, String id) {
        Quiz published = withAnswers(caller, id).publish();
        quizzes.save(published);
        return published;
    }

    public Quiz withAnswers(Caller caller, String id) {
        requireCityAdmin(caller);
        return quizzes.byId(id).orElseThrow(() -> new QuizNotFound(id));
    }

    private static void requireCityAdmin(Caller caller) {
        caller.requireAny(Role.CITY_ADMIN);
        if (!caller.cityLevel()) {
            throw new AccessDeniedException("the city bureau's quizzes");
        }
    }
}
