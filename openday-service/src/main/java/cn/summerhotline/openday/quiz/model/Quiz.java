package cn.summerhotline.openday.quiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A quiz of the interactive games section. Admins write it with the right answers and publish it; the public then
 * plays it, once per participant, while the open day is online.
 */
public record Quiz(String id, int year, QuizTopic topic, String title, List<Question> questions, boolean published) {

    public static final int MAX_QUESTIONS = 50;

    public Quiz {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new QuizRuleViolation("title", "a title of 1 to 200 characters");
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new QuizRuleViolation("questions", "1 to " + MAX_QUESTIONS + " questions");
        }
    }

    public Quiz publish() {
        return new Quiz(id, year, topic, title, questions, true);
    }

    /** How many answers are right: one answer per question, each an index of its options. */
    public int score(List<Integer> answers) {
        if (answers == null || answers.size() != questions.size()) {
            throw new QuizRuleViolation("answers", "one answer per question");
        }
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            Integer given = answers.get(i);
            Question question = questions.get(i);
            if (given == null || given < 0 || given >= question.options().size()) {
                throw new QuizRuleViolation("answers", "each answer is one of its question's options");
            }
            if (given == question.answer()) {
                correct++;
            }
        }
        return correct;
    }
}
