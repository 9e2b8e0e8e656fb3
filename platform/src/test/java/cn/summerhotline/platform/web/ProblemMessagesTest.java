package cn.summerhotline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;

/** A domain rule's refusal as the 400 a caller reads: the rule's own message, or the fallback naming the field. */
class ProblemMessagesTest {

    private final StaticMessageSource bundles = new StaticMessageSource();
    private final ProblemMessages messages = new ProblemMessages(bundles);

    ProblemMessagesTest() {
        bundles.addMessage("problem.invalid-request.title", ProblemMessages.CHINESE, "请求无效");
        bundles.addMessage("problem.invalid-request.fields", ProblemMessages.CHINESE, "请检查标出的字段。");
        bundles.addMessage("shop.rule.title", ProblemMessages.CHINESE, "标题不能为空。");
        bundles.addMessage("shop.rule.title", Locale.ENGLISH, "The title must not be blank.");
        bundles.addMessage("shop.rule.blank", ProblemMessages.CHINESE, "“{0}”无效。");
        bundles.addMessage("shop.rule.blank", Locale.ENGLISH, "''{0}'' is not valid.");
    }

    @Test
    void shouldAnswerTheRulesOwnMessageNamingTheField() {
        ProblemDetail zh =
                messages.ruleViolation(ProblemMessages.CHINESE, "title", "shop.rule.title", "shop.rule.blank");
        ProblemDetail en = messages.ruleViolation(Locale.ENGLISH, "title", "shop.rule.title", "shop.rule.blank");

        assertThat(zh.getStatus()).isEqualTo(400);
        assertThat(zh.getType()).isEqualTo(Problems.INVALID_REQUEST);
        assertThat(zh.getTitle()).isEqualTo("请求无效");
        assertThat(zh.getDetail()).isEqualTo("请检查标出的字段。");
        assertThat(zh.getProperties()).containsEntry("errors", List.of(Map.of("field", "title", "message", "标题不能为空。")));
        assertThat(en.getProperties())
                .containsEntry("errors", List.of(Map.of("field", "title", "message", "The title must not be blank.")));
    }

    @Test
    void shouldFallBackToTheMessageNamingTheFieldForARuleTheBundlesDoNotName() {
        ProblemDetail zh =
                messages.ruleViolation(ProblemMessages.CHINESE, "colour", "shop.rule.colour", "shop.rule.blank");
        ProblemDetail en = messages.ruleViolation(Locale.ENGLISH, "colour", "shop.rule.colour", "shop.rule.blank");

        assertThat(zh.getProperties())
                .containsEntry("errors", List.of(Map.of("field", "colour", "message", "“colour”无效。")));
        assertThat(en.getProperties())
                .containsEntry("errors", List.of(Map.of("field", "colour", "message", "'colour' is not valid.")));
    }
}
