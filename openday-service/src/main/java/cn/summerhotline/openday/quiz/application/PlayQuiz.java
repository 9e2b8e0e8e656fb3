package cn.summerhotline.openday.quiz.application;

import cn.summerhotline.openday.cloud.application.CloudClock;
import cn.summerhotline.openday.cloud.application.KeyedHash;
import cn.summerhotline.openday.cloud.model.CloudPhase;
import cn.summerhotline.openday.quiz.model.Attempt;
import cn.summerhotline.openday.quiz.model.Quiz;
import cn.summerhotline.platform.privacy.PersonalData;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The public plays a published quiz while the open day is online: the score at once, one attempt per participant
 * and quiz. The store's unique key on (quiz, participant) decides between two attempts arriving together, never a
 * read before the write.
 */
@Service
public class PlayQuiz {

    static final String PARTICIPANT = "quiz-participant";
    private static final int LEADERBOARD = 20;

    private final Quizzes quizzes;
    private final QuizAttempts attempts;
    private final CloudClock clock;
    private final KeyedHash hash;

    public PlayQuiz(Quizzes quizzes, QuizAttempts attempts, CloudClock clock, KeyedHash hash) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.clock = clock;
        this.hash = hash;
    }

    /** The quiz as the public sees it (the view leaves the answers out): only a published one. */
    public Quiz published(String id) {
        return quizzes.byId(id).filter(Quiz::published).orElseThrow(() -> new QuizNotFound(id));
    }

    public List<Quiz> publishedOfYear(int year) {
        return quizzes.ofYear(year).stream().filter(Quiz::published).toList();
    }

    public Attempt attempt(String quizId, String phone, String name, List<Integer> answers, int seconds) {
        Quiz quiz = published(quizId);
        if (clock.phase(quiz.year()) != CloudPhase.ONLINE) {
            throw new QuizClosed(quizId);
        }
        int correct = quiz.score(answers);
        Attempt attempt = new Attempt(
                quizId,
                hash.of(PARTICIPANT, phone),
                name == null || name.isBlank() ? "匿名" : PersonalData.maskName(name.strip()),
                correct,
                quiz.questions().size(),
                seconds,
                clock.clock().instant());
        if (!attempts.record(attempt, quiz.year(), quiz.topic())) {
            throw new AlreadyAttempted();
        }
        return attempt;
    }

    public List<Attempt> leaderboard(String quizId) {
        published(quizId);
        return attempts.leaderboard(quizId, LEADERBOARD);
    }
}
