package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle's one guard, {@link Step#requireAllowed}, and the states its steps lead to. */
class TransitionTableTest {

    @Test
    void shouldRefuseAStepOutsideItsTableAsAnInvalidTransitionNamingStateAndAction() {
        assertThatThrownBy(() -> Step.RESOLVED.requireAllowed(Status.ASSIGNED, null))
                .isInstanceOfSatisfying(LifecycleConflict.class, conflict -> {
                    assertThat(conflict.kind()).isEqualTo(LifecycleConflict.Kind.INVALID_TRANSITION);
                    assertThat(conflict.status()).isEqualTo(Status.ASSIGNED);
                    assertThat(conflict.action()).isEqualTo("resolved");
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REOPENED"})
    void shouldRefuseToCloseACaseWhoseCitizenWasNotAnswered(Status unanswered) {
        assertThatThrownBy(() -> Step.CLOSED.requireAllowed(unanswered, null))
                .isInstanceOfSatisfying(LifecycleConflict.class, conflict -> {
                    assertThat(conflict.kind()).isEqualTo(LifecycleConflict.Kind.REPLY_REQUIRED);
                    assertThat(conflict.action()).isEqualTo("closed");
                });
    }

    @Test
    void shouldRefuseToCloseAClosedCaseAsAPlainInvalidTransition() {
        assertThatThrownBy(() -> Step.CLOSED.requireAllowed(Status.CLOSED, null))
                .isInstanceOfSatisfying(
                        LifecycleConflict.class,
                        conflict -> assertThat(conflict.kind()).isEqualTo(LifecycleConflict.Kind.INVALID_TRANSITION));
    }

    @Test
    void shouldRefuseToHandleAMergedCaseEvenFromAStateThatAllowsTheStep() {
        assertThatThrownBy(() -> Step.ACCEPTED.requireAllowed(Status.ASSIGNED, "c-primary"))
                .isInstanceOfSatisfying(LifecycleConflict.class, conflict -> {
                    assertThat(conflict.kind()).isEqualTo(LifecycleConflict.Kind.MERGED);
                    assertThat(conflict.action()).isEqualTo("accepted");
                    assertThat(conflict.getMessage()).contains("c-primary");
                });
    }

    @Test
    void shouldLetAMergedCaseBeClosedAndRatedOnceItsPrimarysAnswerReachedIt() {
        assertThatCode(() -> Step.CLOSED.requireAllowed(Status.REPLIED, "c-primary"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Step.RATED.requireAllowed(Status.REPLIED, "c-primary"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void shouldAllowSupervisionExactlyWhileTheCaseAwaitsHandling(Status status) {
        boolean allowed;
        try {
            Step.SUPERVISED.requireAllowed(status, null);
            allowed = true;
        } catch (LifecycleConflict refused) {
            allowed = false;
        }

        assertThat(allowed).isEqualTo(status.awaitingHandling());
    }

    @Test
    void shouldLeadEachHandlingStepToItsStateAndLeaveTheStateForTheOthers() {
        assertThat(Step.ACCEPTED.after(Status.REOPENED)).isEqualTo(Status.IN_PROGRESS);
        assertThat(Step.REPLIED.after(Status.ASSIGNED)).isEqualTo(Status.REPLIED);
        assertThat(Step.RATED.after(Status.CLOSED)).isEqualTo(Status.CLOSED);
        assertThat(Step.SUPERVISED.after(Status.IN_PROGRESS)).isEqualTo(Status.IN_PROGRESS);
        assertThat(Step.WENT_OVERDUE.after(Status.ASSIGNED)).isEqualTo(Status.ASSIGNED);
    }
}
