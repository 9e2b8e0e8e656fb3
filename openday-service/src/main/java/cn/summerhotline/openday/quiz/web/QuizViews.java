package cn.summerhotline.openday.quiz.web;

import cn.summerhotline.openday.quiz.model.Attempt;
import cn.summerhotline.openday.quiz.model.Question;
import cn.summerhotline.openday.quiz.model.Quiz;
import java.time.Instant;
import java.util.List;

/** What the quiz endpoints answer; the public's views never carry the right answers. */
final class QuizViews {

    private QuizViews() {}

    record AdminQuizView(String id, int year, String topic, String title, List<Question> questions, boolean published) {

        static AdminQuizView of(Quiz q) {
            return new AdminQuizView(q.id(), q.year(), q.topic().name(), q.title(), q.questions(), q.published());
        }
    }

    record PublicQuestion(int number, String text, List<String> options) {}

    record PublicQuizView(String id, int year, String topic, String title, List<PublicQuestion> questions) {

        static PublicQuizView of(Quiz q) {
            List<PublicQuestion> questions = new java.util.ArrayList<>();
            for (int i = 0; i < q.questions().size(); i++) {
                Question question = q.questions().get(i);
                questions.add(new PublicQuestion(i + 1, question.text(), question.options()));
            }
            return new PublicQuizView(q.id(), q.year(), q.topic().name(), q.title(), List.copyOf(questions));
        }
    }

    /** The score at once: right answers of all, and the time the participant gave. */
    record ScoreView(String quizId, int correct, int questions, int seconds, Instant at) {

        static ScoreView of(Attempt a) {
            return new ScoreView(a.quizId(), a.correct(), a.questions(), a.seconds(), a.at());
        }
    }

    record LeaderboardEntry(int rank, String name, int correct, int questions, int seconds) {}

    record LeaderboardView(String quizId, List<LeaderboardEntry> entries) {

        static LeaderboardView of(String quizId, List<Attempt> attempts) {
            List<LeaderboardEntry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < attempts.size(); i++) {
                Attempt a = attempts.get(i);
                entries.add(new LeaderboardEntry(i + 1, a.maskedName(), a.correct(), a.questions(), a.seconds()));
            }
            return new LeaderboardView(quizId, List.copyOf(entries));
        }
    }
}
