package cn.summerhotline.openday.quiz.model;

import java.util.List;

/** A question with its options and the index of the right one, which only admins ever see. */
public record Question(String text, List<String> options, int answer) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        if (text == null || text.isBlank() || options.size() < 2 || options.size() > 6) {
            throw new QuizRuleViolation("questions", "a question with 2 to 6 options");
        }
        if (answer < 0 || answer >= options.size()) {
            throw new QuizRuleViolation("questions", "the right answer is one of the options");
        }
    }
}
