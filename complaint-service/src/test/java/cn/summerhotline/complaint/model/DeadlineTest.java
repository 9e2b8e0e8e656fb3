package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Instant RECEIVED = Instant.parse("2021-08-05T01:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant DUE = RECEIVED.plus(DAY);

    @Test
    void shouldFallDueOneHandlingTimeAfterReceipt() {
        Deadline deadline = Deadline.from(RECEIVED, DAY);

        assertThat(deadline.dueAt()).isEqualTo(DUE);
        assertThat(deadline.overdue()).isFalse();
        assertThat(deadline.everOverdue()).isFalse();
        assertThat(deadline.handledOnTime()).isNull();
    }

    @Test
    void shouldStillBeInTimeAtTheVeryInstantItIsDue() {
        Deadline deadline = Deadline.from(RECEIVED, DAY);

        assertThat(deadline.pastDueAt(DUE.minusMillis(1))).isFalse();
        assertThat(deadline.pastDueAt(DUE)).isFalse();
        assertThat(deadline.pastDueAt(DUE.plusMillis(1))).isTrue();
    }

    @Test
    void shouldRememberHavingBeenOverdueOnceGivenANewDeadline() {
        Deadline overdue = Deadline.from(RECEIVED, DAY).markOverdue(DUE.plusSeconds(1));
        Instant later = DUE.plus(Duration.ofDays(3));

        Deadline supervised = overdue.moveTo(later);

        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.overdueSince()).isEqualTo(DUE.plusSeconds(1));
        assertThat(supervised.overdue()).isFalse();
        assertThat(supervised.everOverdue()).isTrue();
        assertThat(supervised.dueAt()).isEqualTo(later);
        assertThat(supervised.pastDueAt(DUE.plusSeconds(2))).isFalse();
    }

    @Test
    void shouldSettleAsHandledOnTimeUpToTheDeadlineAndLateAfterIt() {
        Deadline deadline = Deadline.from(RECEIVED, DAY);

        assertThat(deadline.settle(DUE).handledOnTime()).isTrue();
        assertThat(deadline.settle(DUE.plusMillis(1)).handledOnTime()).isFalse();
    }

    @Test
    void shouldNoLongerBeOverdueOnceSettledButKeepItsRecord() {
        Deadline settled =
                Deadline.from(RECEIVED, DAY).markOverdue(DUE.plusSeconds(1)).settle(DUE.plusSeconds(60));

        assertThat(settled.overdue()).isFalse();
        assertThat(settled.everOverdue()).isTrue();
        assertThat(settled.handledOnTime()).isFalse();
    }

    @Test
    void shouldGiveAReopenedCaseAFreshHandlingTimeAndKeepHowItWentBefore() {
        Instant reopened = DUE.plus(Duration.ofDays(2));
        Deadline before =
                Deadline.from(RECEIVED, DAY).markOverdue(DUE.plusSeconds(1)).settle(DUE.plusSeconds(60));

        Deadline restarted = before.restart(reopened);

        assertThat(restarted.dueAt()).isEqualTo(reopened.plus(DAY));
        assertThat(restarted.overdue()).isFalse();
        assertThat(restarted.everOverdue()).isTrue();
        assertThat(restarted.handledOnTime()).isFalse();
    }

    @Test
    void shouldStopRunningWhenTheCaseNoLongerWaitsForItsDistrict() {
        Deadline overdue = Deadline.from(RECEIVED, DAY).markOverdue(DUE.plusSeconds(1));

        Deadline stopped = overdue.stop();

        assertThat(stopped.overdue()).isFalse();
        assertThat(stopped.everOverdue()).isTrue();
        assertThat(stopped.dueAt()).isEqualTo(DUE);
    }
}
