package cn.summerhotline.openday.quiz.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizTest {

    private final Quiz quiz = new Quiz(
            "quiz-1",
            2021,
            QuizTopic.WASTE_SORTING,
            "垃圾分类知多少",
            List.of(
                    new Question("废电池属于哪类垃圾?", List.of("可回收物", "有害垃圾", "湿垃圾"), 1),
                    new Question("过期药品属于哪类垃圾?", List.of("有害垃圾", "干垃圾"), 0)),
            false);

    @Test
    void shouldCountTheRightAnswers() {
        assertThat(quiz.score(List.of(1, 0))).isEqualTo(2);
        assertThat(quiz.score(List.of(0, 0))).isEqualTo(1);
        assertThat(quiz.score(List.of(2, 1))).isZero();
    }

    @Test
    void shouldRefuseAnAnswerSheetThatDoesNotFitTheQuiz() {
        assertThatThrownBy(() -> quiz.score(List.of(1))).isInstanceOf(QuizRuleViolation.class);
        assertThatThrownBy(() -> quiz.score(List.of(1, 2))).isInstanceOf(QuizRuleViolation.class);
        assertThatThrownBy(() -> quiz.score(Arrays.asList(1, null))).isInstanceOf(QuizRuleViolation.class);
    }

    @Test
    void shouldRefuseAQuestionWhoseAnswerIsNoneOfItsOptions() {
        assertThatThrownBy(() -> new Question("?", List.of("a", "b"), 2)).isInstanceOf(QuizRuleViolation.class);
        assertThatThrownBy(() -> new Question("?", List.of("a"), 0)).isInstanceOf(QuizRuleViolation.class);
    }
}
