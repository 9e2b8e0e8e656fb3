package cn.summerhotline.complaint.model;

import static cn.summerhotline.complaint.model.Complaints.HANDLING;
import static cn.summerhotline.complaint.model.Complaints.OPERATOR;
import static cn.summerhotline.complaint.model.Complaints.T0;
import static cn.summerhotline.complaint.model.Complaints.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingCodeAndTextTest {

    private static Complaint receivedWithCode(String code) {
        return Complaint.receive(
                "c-1", "7K3M-9QX2-4TM", code, Complaints.intake("xuhui"), HANDLING, List.of(), OPERATOR, T0);
    }

    @Test
    void shouldAcceptOnlyTheRatingCodeHandedOutAtIntake() {
        Complaint complaint = receivedWithCode("042137");

        assertThat(complaint.ratingLock().accepts("042137")).isTrue();
        assertThat(complaint.ratingLock().accepts("042138")).isFalse();
        assertThat(complaint.ratingLock().accepts(null)).isFalse();
        assertThat(receivedWithCode(null).ratingLock().accepts(null)).isFalse();
    }

    @Test
    void shouldRefuseEvenTheRightCodeAfterFiveWrongOnesAndKeepTheCountWhenStored() {
        Complaint complaint = receivedWithCode("042137");
        for (int i = 0; i < Rating.MAX_WRONG_CODES; i++) {
            assertThat(complaint.ratingLock().locked()).isFalse();
            complaint.refuseRatingCode();
        }

        Complaint stored = Complaint.restore(complaint.snapshot());

        assertThat(stored.ratingLock().locked()).isTrue();
        assertThat(stored.ratingLock().accepts("042137")).isFalse();
        assertThat(stored.snapshot().ratingLock().wrongCodes()).isEqualTo(5);
        assertThat(stored.pendingEvents()).isEmpty();
    }

    @Test
    void shouldRefuseControlCharactersInEveryTextOfTheLifecycle() {
        assertThatThrownBy(() -> Intake.of(Category.OTHER, Channel.WEB, "噪声\u0007", "某路1号")
                        .build())
                .isInstanceOf(ComplaintRuleViolation.class)
                .hasMessageContaining("U+0007");
        assertThatThrownBy(() -> Intake.of(Category.OTHER, Channel.WEB, "噪声", "某路1号")
                        .reporter(new Reporter("王\uD800", null))
                        .build())
                .isInstanceOf(ComplaintRuleViolation.class);
        Complaint inProgress = Complaints.in(Status.IN_PROGRESS);
        assertThatThrownBy(() -> inProgress.resolve("已处理\u001b", XUHUI, T0.plusSeconds(600)))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThat(inProgress.status()).isEqualTo(Status.IN_PROGRESS);
        Complaint replied = Complaints.in(Status.REPLIED);
        assertThatThrownBy(() -> replied.rate(4, "好\u0000", T0.plusSeconds(600)))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThatThrownBy(() -> replied.reopen("再办\u0085", OPERATOR, T0.plusSeconds(600)))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThat(replied.status()).isEqualTo(Status.REPLIED);
        assertThat(replied.answers().ratings()).isEmpty();
        inProgress.resolve("已处理\n第二行\t完毕", XUHUI, T0.plusSeconds(600));
        assertThat(inProgress.status()).isEqualTo(Status.RESOLVED);
    }
}
