package cn.summerhotline.openday.session.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

    static final Instant NINE = Instant.parse("2021-07-15T01:00:00Z");

    static Session plan(int capacity, Map<Audience, Integer> quotas) {
        return Session.plan("s", "v", 2021, "xuhui", null, NINE, NINE.plusSeconds(3600), capacity, quotas);
    }

    @Test
    void shouldKeepEveryAudienceWithItsQuotaAndNoneForThoseLeftOut() {
        Session session = plan(100, Map.of(Audience.PUBLIC, 60, Audience.MEDIA, 40));

        assertThat(session.quota(Audience.PUBLIC)).isEqualTo(60);
        assertThat(session.quota(Audience.STUDENTS)).isZero();
        assertThat(session.quotas()).hasSize(4);
    }

    @Test
    void shouldRefuseQuotasThatAddUpToMoreThanTheCapacity() {
        assertThatThrownBy(() -> plan(100, Map.of(Audience.PUBLIC, 60, Audience.STUDENTS, 41)))
                .isInstanceOfSatisfying(SessionRuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(SessionRuleViolation.Rule.QUOTAS_ABOVE_CAPACITY);
                    assertThat(v.arguments()).containsExactly(101, 100);
                });
    }

    @Test
    void shouldRefuseAQuotaAboveTheCapacityOrBelowZero() {
        assertThatThrownBy(() -> plan(10, Map.of(Audience.PUBLIC, 11)))
                .isInstanceOfSatisfying(
                        SessionRuleViolation.class, v -> assertThat(v.field()).isEqualTo("quotas.PUBLIC"));
        assertThatThrownBy(() -> plan(10, Map.of(Audience.PUBLIC, -1))).isInstanceOf(SessionRuleViolation.class);
    }

    @Test
    void shouldRefuseASessionWithoutPlacesOrEndingBeforeItStarts() {
        assertThatThrownBy(() -> plan(10, Map.of(Audience.PUBLIC, 0)))
                .isInstanceOfSatisfying(
                        SessionRuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(SessionRuleViolation.Rule.NO_PLACES));
        assertThatThrownBy(
                        () -> Session.plan("s", "v", 2021, "xuhui", null, NINE, NINE, 10, Map.of(Audience.PUBLIC, 5)))
                .isInstanceOfSatisfying(
                        SessionRuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(SessionRuleViolation.Rule.ENDS_BEFORE_START));
    }
}
