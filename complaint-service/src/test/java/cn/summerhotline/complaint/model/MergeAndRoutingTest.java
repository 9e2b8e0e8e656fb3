package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
    void shouldTellWhyAMergeIsRefusedInTheOrderTheCallerHearsIt() {
        Instant later = Complaints.T0.plusSeconds(600);
        Complaint primary = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint merged = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint other = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint alsoMerged = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint closed = Complaints.stored(Complaints.in(Status.CLOSED));
        merged.mergeInto(primary, Complaints.OPERATOR, later);
        alsoMerged.mergeInto(primary, Complaints.OPERATOR, later);

        assertThatThrownBy(() -> merged.mergeInto(merged, Complaints.OPERATOR, later))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("into itself");
        assertThatThrownBy(() -> closed.mergeInto(merged, Complaints.OPERATOR, later))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("is itself merged");
        assertThatThrownBy(() -> merged.mergeInto(alsoMerged, Complaints.OPERATOR, later))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("act on that case instead");
        assertThatThrownBy(() -> primary.mergeInto(other, Complaints.OPERATOR, later))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("has cases merged into it");
        assertThat(closed.merge()).isEqualTo(Merge.NONE);
        assertThat(other.merge()).isEqualTo(Merge.NONE);
    }

    @Test
    void shouldRouteToTheDistrictBureauItselfWhenNoSquadIsNamed() {
        assertThat(Routing.to("xuhui", " ")).isEqualTo(new Routing("xuhui", null));
        assertThat(Routing.to("xuhui", "caoxi").label()).isEqualTo("xuhui/caoxi");
        assertThatThrownBy(() -> Routing.to(null, "caoxi")).isInstanceOf(ComplaintRuleViolation.class);
    }
}
