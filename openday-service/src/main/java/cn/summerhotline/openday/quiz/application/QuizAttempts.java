package cn.summerhotline.openday.quiz.application;

import cn.summerhotline.openday.quiz.model.Attempt;
import cn.summerhotline.openday.quiz.model.QuizTopic;
import java.util.List;

/** The attempts, at most one per participant and quiz, held by the store's unique key. */
public interface QuizAttempts {

    /**
     * Records the attempt with its quiz.attempted event in one insert; false, and nothing written, when the
     * participant attempted the quiz before (whatever else is going on at the same moment).
     */
    boolean record(Attempt attempt, int year, QuizTopic topic);

    /** The best attempts: most right answers first, then the fastest, then the earliest. */
    List<Attempt> leaderboard(String quizId, int limit);
}
