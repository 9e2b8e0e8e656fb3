package cn.summerhotline.openday.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DistrictPlanTest {

    private static final Instant JULY_1 = Instant.parse("2021-07-01T02:00:00Z");
    private static final Instant JULY_2 = Instant.parse("2021-07-02T02:00:00Z");

    private static DistrictPlan submitted() {
        return DistrictPlan.submit(2021, "xuhui", "方案", "概要", "xuhui-admin", JULY_1, false);
    }

    @Test
    void shouldAwaitADecisionWithItsSubmissionPending() {
        DistrictPlan plan = submitted();

        assertThat(plan.id()).isEqualTo("2021-xuhui");
        assertThat(plan.status()).isEqualTo(PlanStatus.AWAITING_DECISION);
        assertThat(plan.pendingEvents())
                .containsExactly(new PlanEvent.Submitted("2021-xuhui", 2021, "xuhui", 1, false, JULY_1));
        assertThat(plan.stored(1).pendingEvents()).isEmpty();
    }

    @Test
    void shouldTakeTheNextVersionOfAReturnedPlanOnly() {
        DistrictPlan returned = submitted().stored(1).decide(PlanDecision.RETURN, " 补充安保 ", "city-admin", JULY_2);

        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.decisions().get(0).comment()).isEqualTo("补充安保");
        DistrictPlan again = returned.stored(2).resubmit("方案二", "概要二", "xuhui-admin", JULY_2, true);
        assertThat(again.current().number()).isEqualTo(2);
        assertThat(again.late()).as("the first version came on time").isFalse();
        assertThat(again.versions()).hasSize(2);
        assertThatThrownBy(() -> again.resubmit("方案三", "概要", "x", JULY_2, true))
                .isInstanceOfSatisfying(
                        PlanConflict.class, c -> assertThat(c.kind()).isEqualTo(PlanConflict.Kind.NOT_RETURNED));
    }

    @Test
    void shouldRefuseADecisionOnAPlanNotAwaitingOneAndAReturnWithoutComment() {
        DistrictPlan accepted = submitted().stored(1).decide(PlanDecision.ACCEPT, null, "city-admin", JULY_2);

        assertThatThrownBy(() -> accepted.decide(PlanDecision.ACCEPT, null, "city-admin", JULY_2))
                .isInstanceOfSatisfying(PlanConflict.class, c -> {
                    assertThat(c.kind()).isEqualTo(PlanConflict.Kind.NOT_AWAITING_DECISION);
                    assertThat(c.status()).isEqualTo(PlanStatus.ACCEPTED);
                });
        assertThatThrownBy(() -> submitted().decide(PlanDecision.RETURN, "  ", "city-admin", JULY_2))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class, v -> assertThat(v.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> DistrictPlan.submit(2021, "xuhui", " ", "概要", "x", JULY_1, false))
                .isInstanceOf(PlanRuleViolation.class);
    }
}
