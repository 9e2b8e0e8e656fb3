package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MergeAndRoutingTest {

    @Test
    void shouldCountADuplicateAbsorbedTwiceOnce() {
        Merge primary = Merge.NONE.absorbing("c-2").absorbing("c-3").absorbing("c-2");

        assertThat(primary.mergedCases()).containsExactly("c-2", "c-3");
        assertThat(primary.merged()).isFalse();
    }

    @Test
    void shouldKnowWhichCaseItWasMergedInto() {
        Merge duplicate = Merge.NONE.into("c-1");

        assertThat(duplicate.merged()).isTrue();
        assertThat(duplicate.isMergedInto("c-1")).isTrue();
        assertThat(duplicate.isMergedInto("c-9")).isFalse();
    }

    @Test
    void shouldRouteToTheDistrictBureauItselfWhenNoSquadIsNamed() {
        assertThat(Routing.to("xuhui", " ")).isEqualTo(new Routing("xuhui", null));
        assertThat(Routing.to("xuhui", "caoxi").label()).isEqualTo("xuhui/caoxi");
        assertThatThrownBy(() -> Routing.to(null, "caoxi")).isInstanceOf(ComplaintRuleViolation.class);
    }
}
