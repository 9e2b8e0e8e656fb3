package cn.summerhotline.publicity.programme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.platform.organisation.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final Instant NOW = Instant.parse("2031-07-01T02:00:00Z");

    private static Project earlyAugust() {
        ProjectPlan plan = new ProjectPlan(
                "开展预防群租安全隐患普法",
                2,
                List.of(Unit.CITY),
                List.of(Unit.XUHUI),
                PublicityPeriod.part(2031, 8, PeriodPart.EARLY),
                "",
                List.of());
        return Project.create(2031, 4, plan, "test", NOW);
    }

    @Test
    void shouldBeLateOnlyOnceThePeriodIsOverWithNothingPublished() {
        Project project = earlyAugust();

        assertThat(project.timeliness(LocalDate.of(2031, 8, 10))).isEqualTo(Timeliness.ON_SCHEDULE);
        assertThat(project.timeliness(LocalDate.of(2031, 8, 11))).isEqualTo(Timeliness.LATE);
        assertThat(project.status(LocalDate.of(2031, 8, 11))).isEqualTo(ProgressStatus.LATE);
        Project published = Project.restore(new ProjectSnapshot(
                project.id(),
                2031,
                4,
                project.plan(),
                project.progress(),
                List.of("c-1"),
                null,
                List.of(),
                "test",
                NOW,
                NOW,
                1));
        assertThat(published.timeliness(LocalDate.of(2031, 8, 11))).isEqualTo(Timeliness.ON_SCHEDULE);
    }

    @Test
    void shouldBeAtRiskWhenThePeriodStartsWithinSevenDaysWithNothingInPreparation() {
        Project project = earlyAugust();

        assertThat(project.timeliness(LocalDate.of(2031, 7, 24))).isEqualTo(Timeliness.ON_SCHEDULE);
        assertThat(project.timeliness(LocalDate.of(2031, 7, 25))).isEqualTo(Timeliness.AT_RISK);
        assertThat(project.timeliness(LocalDate.of(2031, 8, 1))).isEqualTo(Timeliness.AT_RISK);
        project.report(new Progress(ProgressStatus.PREPARING, 20, List.of()), "xuhui-admin", "xuhui", NOW);
        assertThat(project.timeliness(LocalDate.of(2031, 7, 25))).isEqualTo(Timeliness.ON_SCHEDULE);
    }

    @Test
    void shouldMarkLateOnceWithOneEvent() {
        Project project = earlyAugust();
        LocalDate after = LocalDate.of(2031, 8, 12);

        assertThat(project.markLateIfDue(after, NOW)).isTrue();
        assertThat(project.markLateIfDue(after, NOW)).isFalse();
        assertThat(project.pendingEvents())
                .filteredOn(e -> e instanceof ProjectEvent.Late)
                .hasSize(1);
    }

    @Test
    void shouldReadPrintedPeriods() {
        assertThat(PublicityPeriod.parse(2021, "8 月上旬")).contains(PublicityPeriod.part(2021, 8, PeriodPart.EARLY));
        assertThat(PublicityPeriod.parse(2021, "7 月 15 日").orElseThrow().end()).isEqualTo(LocalDate.of(2021, 7, 15));
        assertThat(PublicityPeriod.parse(2021, "8月").orElseThrow().end()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(PublicityPeriod.parse(2021, "2月30日")).isEmpty();
        assertThat(PublicityPeriod.parse(2021, "八月")).isEmpty();
        assertThatThrownBy(() -> new Progress(ProgressStatus.LATE, 0, List.of()))
                .isInstanceOf(ProgrammeRuleViolation.class);
    }
}
