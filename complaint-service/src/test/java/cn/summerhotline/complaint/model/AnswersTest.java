package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static final Instant T0 = Instant.parse("2021-08-05T01:00:00Z");

    @Test
    void shouldRateTheLatestAnswerAndOpenRatingAgainWithTheNextOne() {
        Answers first = Answers.NONE.with(Reply.given("已处理", ReplyChannel.PHONE, T0, "xuhui-admin"));

        Answers rated = first.rated(1, "  ", T0.plusSeconds(60));
        Answers answeredAgain = rated.with(Reply.given("已再次处理", ReplyChannel.SMS, T0.plusSeconds(120), "xuhui-admin"));

        assertThat(first.latestRated()).isFalse();
        assertThat(rated.latestRated()).isTrue();
        assertThat(rated.latestRating().replyNumber()).isEqualTo(1);
        assertThat(rated.latestRating().comment()).isNull();
        assertThat(answeredAgain.latestRated()).isFalse();
        assertThat(answeredAgain.latest().message()).isEqualTo("已再次处理");
    }

    @Test
    void shouldRefuseAnAnswerThatSaysNothingOrNotHow() {
        assertThatThrownBy(() -> Reply.given(" ", ReplyChannel.PHONE, T0, "xuhui-admin"))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThatThrownBy(() -> Reply.given("已处理", null, T0, "xuhui-admin"))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThat(Answers.NONE.latest()).isNull();
        assertThat(Answers.NONE.latestRating()).isNull();
    }
}
