package cn.summerhotline.complaint.model;

import static cn.summerhotline.complaint.model.Complaints.HANDLING;
import static cn.summerhotline.complaint.model.Complaints.OPERATOR;
import static cn.summerhotline.complaint.model.Complaints.RATING_CODE;
import static cn.summerhotline.complaint.model.Complaints.T0;
import static cn.summerhotline.complaint.model.Complaints.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComplaintLifecycleTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    /** Each action and the states it is allowed from; every other state refuses it with a 409 naming the state. */
    private static final Map<String, Set<Status>> ALLOWED = Map.of(
            "assign", EnumSet.of(Status.RECEIVED, Status.ASSIGNED, Status.REOPENED),
            "accept", EnumSet.of(Status.ASSIGNED, Status.REOPENED),
            "resolve", EnumSet.of(Status.IN_PROGRESS),
            "reply", EnumSet.of(Status.RESOLVED),
            "close", EnumSet.of(Status.REPLIED),
            "reopen", EnumSet.of(Status.REPLIED, Status.CLOSED),
            "supervise", EnumSet.of(Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS, Status.REOPENED),
            "rate", EnumSet.of(Status.REPLIED, Status.CLOSED));

    private static final Map<String, Status> LEADS_TO = Map.of(
            "assign", Status.ASSIGNED,
            "accept", Status.IN_PROGRESS,
            "resolve", Status.RESOLVED,
            "reply", Status.REPLIED,
            "close", Status.CLOSED,
            "reopen", Status.REOPENED,
            "rate", Status.REPLIED);

    private static final Map<String, BiConsumer<Complaint, Instant>> ACTIONS = Map.of(
            "assign", (c, now) -> c.assign("xuhui", "caoxi-squad", OPERATOR, now),
            "accept", (c, now) -> c.accept(XUHUI, now),
            "resolve", (c, now) -> c.resolve("已处理", XUHUI, now),
            "reply", (c, now) -> c.reply("已回复", ReplyChannel.SMS, XUHUI, now),
            "close", (c, now) -> c.close(XUHUI, now),
            "reopen", (c, now) -> c.reopen("仍未解决", OPERATOR, now),
            "supervise",
                    (c, now) -> c.supervise("请加快办理", now.plusSeconds(86_400), new Actor("city-admin", "city"), now),
            "rate", (c, now) -> c.rate(4, "满意", now));

    static Stream<Arguments> everyActionInEveryState() {
        return ACTIONS.keySet().stream()
                .flatMap(action -> Stream.of(Status.values()).map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionInEveryState")
    void shouldAllowOnlyTheTransitionsOfTheLifecycle(String action, Status from) {
        Complaint complaint = Complaints.stored(Complaints.in(from));
        int steps = complaint.timeline().size();

        if (ALLOWED.get(action).contains(from)) {
            ACTIONS.get(action).accept(complaint, LATER);

            Status expected = LEADS_TO.getOrDefault(action, from);
            if (action.equals("rate") && from == Status.CLOSED) {
                expected = Status.CLOSED;
            }
            assertThat(complaint.status()).isEqualTo(expected);
            assertThat(complaint.timeline()).hasSizeGreaterThan(steps);
            assertThat(complaint.timeline().get(complaint.timeline().size() - 1).at())
                    .isEqualTo(LATER);
        } else {
            assertThatThrownBy(() -> ACTIONS.get(action).accept(complaint, LATER))
                    .isInstanceOfSatisfying(LifecycleConflict.class, conflict -> {
                        assertThat(conflict.status()).isEqualTo(from);
                        assertThat(conflict.getMessage()).contains(from.name());
                    });
            assertThat(complaint.status()).isEqualTo(from);
            assertThat(complaint.timeline()).hasSize(steps);
            assertThat(complaint.pendingEvents()).isEmpty();
        }
    }

    @Test
    void shouldRouteAComplaintWithAKnownDistrictAtOnce() {
        Complaint complaint = Complaint.receive(
                "c1", "2108-0500-0002", RATING_CODE, Complaints.intake("xuhui"), HANDLING, List.of(), OPERATOR, T0);

        assertThat(complaint.status()).isEqualTo(Status.ASSIGNED);
        assertThat(complaint.routing().district()).isEqualTo("xuhui");
        assertThat(complaint.deadline().dueAt()).isEqualTo(T0.plus(HANDLING));
        assertThat(complaint.pendingEvents()).extracting(ComplaintEvent::name).containsExactly("received", "assigned");
    }

    @Test
    void shouldAnnounceThatTheDistrictAcceptedTheCase() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.ASSIGNED));

        complaint.accept(XUHUI, LATER);

        assertThat(complaint.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(complaint.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(ComplaintEvent.Accepted.class, accepted -> {
                    assertThat(accepted.district()).isEqualTo("xuhui");
                    assertThat(accepted.dueAt()).isEqualTo(complaint.deadline().dueAt());
                    assertThat(accepted.at()).isEqualTo(LATER);
                });
    }

    @Test
    void shouldLeaveAComplaintWithoutDistrictForTheOperators() {
        Complaint complaint = Complaints.received();

        assertThat(complaint.status()).isEqualTo(Status.RECEIVED);
        assertThat(complaint.pendingEvents()).extracting(ComplaintEvent::name).containsExactly("received");
        assertThat(complaint.timeline()).extracting(TimelineEntry::step).containsExactly(Step.RECEIVED);
    }

    @Test
    void shouldRefuseToCloseACaseWhoseCitizenWasNotAnswered() {
        for (Status unanswered :
                List.of(Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS, Status.RESOLVED, Status.REOPENED)) {
            Complaint complaint = Complaints.stored(Complaints.in(unanswered));

            assertThatThrownBy(() -> complaint.close(XUHUI, LATER))
                    .isInstanceOfSatisfying(LifecycleConflict.class, conflict -> {
                        assertThat(conflict.kind()).isEqualTo(LifecycleConflict.Kind.REPLY_REQUIRED);
                        assertThat(conflict.status()).isEqualTo(unanswered);
                    });
        }
    }

    @Test
    void shouldRecordWhoDidWhatAndWhen() {
        Complaint complaint = Complaints.in(Status.CLOSED);

        assertThat(complaint.timeline())
                .extracting(TimelineEntry::step)
                .containsExactly(Step.RECEIVED, Step.ASSIGNED, Step.ACCEPTED, Step.RESOLVED, Step.REPLIED, Step.CLOSED);
        TimelineEntry resolved = complaint.timeline().get(3);
        assertThat(resolved.actor()).isEqualTo("xuhui-admin");
        assertThat(resolved.unit()).isEqualTo("xuhui");
        assertThat(resolved.note()).isEqualTo("已责令停工");
        assertThat(resolved.at()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void shouldReopenTheCaseOnARatingOfTwoOrLess() {
        for (int score : new int[] {1, 2}) {
            Complaint complaint = Complaints.stored(Complaints.in(Status.CLOSED));

            complaint.rate(score, "还是很吵", LATER);

            assertThat(complaint.status()).isEqualTo(Status.REOPENED);
            assertThat(complaint.deadline().dueAt()).isEqualTo(LATER.plus(HANDLING));
            assertThat(complaint.pendingEvents())
                    .extracting(ComplaintEvent::name)
                    .containsExactly("rated", "reopened");
        }
    }

    @Test
    void shouldKeepTheCaseAnsweredOnARatingOfThreeOrMore() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.REPLIED));

        complaint.rate(3, null, LATER);

        assertThat(complaint.status()).isEqualTo(Status.REPLIED);
        assertThat(complaint.pendingEvents()).extracting(ComplaintEvent::name).containsExactly("rated");
    }

    @Test
    void shouldAcceptOneRatingPerAnswer() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.REPLIED));
        complaint.rate(5, "很好", LATER);

        assertThatThrownBy(() -> complaint.rate(1, "改主意了", LATER.plusSeconds(1)))
                .isInstanceOfSatisfying(
                        LifecycleConflict.class,
                        c -> assertThat(c.kind()).isEqualTo(LifecycleConflict.Kind.ALREADY_RATED));
        assertThat(complaint.answers().ratings()).hasSize(1);
    }

    @Test
    void shouldLetTheCitizenRateTheNewAnswerAfterAReopenedCaseIsAnsweredAgain() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.REPLIED));
        complaint.rate(1, "没解决", LATER);
        complaint.accept(XUHUI, LATER.plusSeconds(60));
        complaint.resolve("再次处置", XUHUI, LATER.plusSeconds(120));
        complaint.reply("已再次回复", ReplyChannel.PHONE, XUHUI, LATER.plusSeconds(180));

        complaint.rate(5, "解决了", LATER.plusSeconds(240));

        assertThat(complaint.status()).isEqualTo(Status.REPLIED);
        assertThat(complaint.answers().ratings()).extracting(Rating::score).containsExactly(1, 5);
    }

    @Test
    void shouldRefuseARatingOutsideOneToFive() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.REPLIED));

        assertThatThrownBy(() -> complaint.rate(6, null, LATER)).isInstanceOf(ComplaintRuleViolation.class);
        assertThatThrownBy(() -> complaint.rate(0, null, LATER)).isInstanceOf(ComplaintRuleViolation.class);
        assertThat(complaint.answers().ratings()).isEmpty();
    }

    @Test
    void shouldDetectOverdueOnlyOnceTheDeadlineHasPassed() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Instant deadline = complaint.deadline().dueAt();

        assertThat(complaint.detectOverdue(deadline)).isFalse();
        assertThat(complaint.deadline().overdue()).isFalse();

        assertThat(complaint.detectOverdue(deadline.plusMillis(1))).isTrue();
        assertThat(complaint.deadline().overdue()).isTrue();
        assertThat(complaint.pendingEvents()).extracting(ComplaintEvent::name).containsExactly("overdue");

        assertThat(complaint.detectOverdue(deadline.plusSeconds(3600))).isFalse();
        assertThat(complaint.pendingEvents()).hasSize(1);
    }

    @Test
    void shouldNotMarkAHandledCaseOverdue() {
        for (Status handled : List.of(Status.RESOLVED, Status.REPLIED, Status.CLOSED)) {
            Complaint complaint = Complaints.stored(Complaints.in(handled));

            assertThat(complaint.detectOverdue(T0.plus(HANDLING).plusSeconds(3600)))
                    .isFalse();
        }
    }

    @Test
    void shouldRecordWhetherTheCaseWasHandledOnTime() {
        Complaint late = Complaints.stored(Complaints.in(Status.IN_PROGRESS));
        late.detectOverdue(T0.plus(HANDLING).plusSeconds(1));

        late.resolve("迟办结", XUHUI, T0.plus(HANDLING).plusSeconds(60));

        assertThat(late.deadline().handledOnTime()).isFalse();
        assertThat(late.deadline().everOverdue()).isTrue();
        assertThat(late.deadline().overdue()).isFalse();
        assertThat(Complaints.in(Status.RESOLVED).deadline().handledOnTime()).isTrue();
    }

    @Test
    void shouldGiveASupervisedCaseItsNewDeadline() {
        Complaint complaint = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Instant pastDeadline = complaint.deadline().dueAt().plusSeconds(60);
        complaint.detectOverdue(pastDeadline);
        Instant newDeadline = pastDeadline.plusSeconds(86_400);

        complaint.supervise("请三日内办结", newDeadline, new Actor("city-admin", "city"), pastDeadline);

        assertThat(complaint.deadline().dueAt()).isEqualTo(newDeadline);
        assertThat(complaint.deadline().overdue()).isFalse();
        assertThat(complaint.timeline().get(complaint.timeline().size() - 1).step())
                .isEqualTo(Step.SUPERVISED);
        assertThatThrownBy(() -> complaint.supervise("过去的时限", pastDeadline.minusSeconds(1), OPERATOR, pastDeadline))
                .isInstanceOf(ComplaintRuleViolation.class);
    }

    @Test
    void shouldAnswerTheCitizenOfAMergedCaseWithThePrimarysAnswer() {
        Complaint primary = Complaints.stored(Complaints.in(Status.IN_PROGRESS));
        Complaint duplicate = Complaint.restore(Complaint.receive(
                        "dup",
                        "2108-0500-0009",
                        RATING_CODE,
                        Complaints.intake("xuhui"),
                        HANDLING,
                        List.of(),
                        OPERATOR,
                        T0)
                .snapshot());

        duplicate.mergeInto(primary, OPERATOR, LATER);
        primary.resolve("已处置", XUHUI, LATER.plusSeconds(60));
        Reply answer = primary.reply("已回复", ReplyChannel.PHONE, XUHUI, LATER.plusSeconds(120));
        duplicate.receiveAnswerOf(primary, answer, LATER.plusSeconds(121));

        assertThat(duplicate.status()).isEqualTo(Status.REPLIED);
        assertThat(duplicate.answers().replies()).singleElement().satisfies(reply -> {
            assertThat(reply.message()).isEqualTo("已回复");
            assertThat(reply.fromCase()).isEqualTo(primary.trackingNumber());
        });
        assertThat(duplicate.pendingEvents()).extracting(ComplaintEvent::name).containsExactly("replied");
        assertThat(primary.merge().mergedCases()).containsExactly("dup");
        duplicate.close(OPERATOR, LATER.plusSeconds(200));
        assertThat(duplicate.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void shouldPassOnAnAnswerAlreadyGivenWhenMergingIntoAnAnsweredCase() {
        Complaint primary = Complaints.stored(Complaints.in(Status.REPLIED));
        Complaint duplicate = Complaints.stored(Complaints.in(Status.ASSIGNED));

        duplicate.mergeInto(primary, OPERATOR, LATER);

        assertThat(duplicate.status()).isEqualTo(Status.REPLIED);
        assertThat(duplicate.answers().replies()).hasSize(1);
    }

    @Test
    void shouldRefuseToHandleAMergedCaseItself() {
        Complaint primary = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint duplicate = Complaints.stored(Complaints.in(Status.ASSIGNED));
        duplicate.mergeInto(primary, OPERATOR, LATER);

        assertThatThrownBy(() -> duplicate.accept(XUHUI, LATER))
                .isInstanceOfSatisfying(
                        LifecycleConflict.class, c -> assertThat(c.kind()).isEqualTo(LifecycleConflict.Kind.MERGED));
        assertThat(duplicate.detectOverdue(duplicate.deadline().dueAt().plusSeconds(1)))
                .isFalse();
    }

    @Test
    void shouldRefuseNonsensicalMerges() {
        Complaint a = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint b = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint c = Complaints.stored(Complaints.in(Status.ASSIGNED));
        Complaint closed = Complaints.stored(Complaints.in(Status.CLOSED));

        assertThatThrownBy(() -> a.mergeInto(a, OPERATOR, LATER)).isInstanceOf(LifecycleConflict.class);
        assertThatThrownBy(() -> closed.mergeInto(a, OPERATOR, LATER)).isInstanceOf(LifecycleConflict.class);
        b.mergeInto(a, OPERATOR, LATER);
        assertThatThrownBy(() -> c.mergeInto(b, OPERATOR, LATER)).isInstanceOf(LifecycleConflict.class);
        assertThatThrownBy(() -> a.mergeInto(c, OPERATOR, LATER)).isInstanceOf(LifecycleConflict.class);
    }

    @Test
    void shouldFollowLeaderHotlineAndMediaCasesFromIntake() {
        Intake leader = Intake.of(Category.GROUP_RENTING, Channel.LEADER_HOTLINE, "群租", "某小区")
                .district("xuhui")
                .leader("局长")
                .occurredAt(T0)
                .build();

        assertThat(Complaint.receive("l", "2108-0500-0003", RATING_CODE, leader, HANDLING, List.of(), OPERATOR, T0)
                        .followed())
                .isTrue();
        assertThat(Complaints.received().followed()).isFalse();
        assertThatThrownBy(() -> Intake.of(Category.GROUP_RENTING, Channel.LEADER_HOTLINE, "群租", "某小区")
                        .district("xuhui")
                        .occurredAt(T0)
                        .build())
                .isInstanceOf(ComplaintRuleViolation.class);
    }

    @Test
    void shouldRefuseAnUnknownDistrict() {
        assertThatThrownBy(() -> Complaints.intake("atlantis")).isInstanceOf(ComplaintRuleViolation.class);
        Complaint complaint = Complaints.received();
        assertThatThrownBy(() -> complaint.assign("atlantis", null, OPERATOR, LATER))
                .isInstanceOf(ComplaintRuleViolation.class);
        assertThat(complaint.status()).isEqualTo(Status.RECEIVED);
    }
}
