package cn.summerhotline.openday.cloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CloudCalendarTest {

    private final CloudCalendar plan = CloudCalendar.planned(2021);

    @Test
    void shouldFollowThePlansDatesDayByDay() {
        assertThat(plan.phaseOn(LocalDate.of(2021, 6, 20))).isEqualTo(CloudPhase.NOT_STARTED);
        assertThat(plan.phaseOn(LocalDate.of(2021, 6, 21))).isEqualTo(CloudPhase.PREPARATION);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 1))).isEqualTo(CloudPhase.PREPARATION);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 2))).isEqualTo(CloudPhase.BETWEEN);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 5))).isEqualTo(CloudPhase.PLATFORM_TEST);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 11))).isEqualTo(CloudPhase.PLATFORM_TEST);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 12))).isEqualTo(CloudPhase.ONLINE);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 16))).isEqualTo(CloudPhase.ONLINE);
        assertThat(plan.phaseOn(LocalDate.of(2021, 7, 17))).isEqualTo(CloudPhase.CLOSED);
    }

    @Test
    void shouldRefusePhasesOutOfOrderOrOutsideTheYear() {
        assertThatThrownBy(() -> new CloudCalendar(
                        2021,
                        plan.preparationFrom(),
                        plan.preparationTo(),
                        plan.preparationTo(),
                        plan.testTo(),
                        plan.onlineFrom(),
                        plan.onlineTo()))
                .isInstanceOf(CloudRuleViolation.class);
        assertThatThrownBy(() -> new CloudCalendar(
                        2021,
                        plan.preparationFrom(),
                        plan.preparationTo(),
                        plan.testFrom(),
                        plan.testTo(),
                        plan.onlineFrom(),
                        LocalDate.of(2022, 1, 2)))
                .isInstanceOf(CloudRuleViolation.class);
    }
}
