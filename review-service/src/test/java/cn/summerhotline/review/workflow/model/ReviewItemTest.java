package cn.summerhotline.review.workflow.model;

import static cn.summerhotline.review.workflow.model.Items.CITY_REVIEWER;
import static cn.summerhotline.review.workflow.model.Items.DISTRICT_REVIEWER;
import static cn.summerhotline.review.workflow.model.Items.OFFICER;
import static cn.summerhotline.review.workflow.model.Items.SQUAD_REVIEWER;
import static cn.summerhotline.review.workflow.model.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.review.screening.model.Screened;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewItemTest {

    @ParameterizedTest
    @CsvSource({"xuhui,xuhui-tianping,SQUAD", "xuhui,,DISTRICT", "city,,CITY"})
    void shouldStartAtTheLevelOfWhoSubmitted(String unit, String squad, ReviewLevel expected) {
        Submission s = new Submission(
                "publicity-service",
                "a-1",
                null,
                Items.content("标题"),
                new Origin(unit, squad),
                new Actor("staff", unit, squad),
                null);

        ReviewItem item = ReviewItem.submit("r-1", s, Screened.CLEAN, T0);

        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(item.level()).isEqualTo(expected);
        assertThat(item.levelSince()).isEqualTo(T0);
        assertThat(item.history()).extracting(HistoryEntry::step).containsExactly(Step.SUBMITTED, Step.SCREENED);
    }

    @Test
    void shouldPassEveryLevelInOrderAndPublishAfterTheCity() {
        ReviewItem item = Items.pendingAtSquad();

        item.decide(SQUAD_REVIEWER, Decision.APPROVE, null, 1, T0.plusSeconds(60));
        assertThat(item.level()).isEqualTo(ReviewLevel.DISTRICT);
        assertThat(item.levelSince()).isEqualTo(T0.plusSeconds(60));
        item.decide(DISTRICT_REVIEWER, Decision.APPROVE, "同意", 1, T0.plusSeconds(120));
        assertThat(item.level()).isEqualTo(ReviewLevel.CITY);
        assertThat(item.pendingEvents()).isEmpty();
        item.decide(CITY_REVIEWER, Decision.APPROVE, null, 1, T0.plusSeconds(180));

        assertThat(item.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(item.pendingEvents()).singleElement().isInstanceOf(ReviewEvent.Published.class);
        assertThat(item.history())
                .filteredOn(e -> e.step() == Step.APPROVED)
                .extracting(HistoryEntry::level, HistoryEntry::status, HistoryEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ReviewLevel.SQUAD, ReviewStatus.PENDING, "xuhui-squad-reviewer"),
                        org.assertj.core.groups.Tuple.tuple(
                                ReviewLevel.DISTRICT, ReviewStatus.PENDING, "xuhui-reviewer"),
                        org.assertj.core.groups.Tuple.tuple(ReviewLevel.CITY, ReviewStatus.PUBLISHED, "city-reviewer"));
    }

    @Test
    void shouldRejectOnlyWithAReason() {
        ReviewItem item = Items.pendingAtSquad();

        assertThatThrownBy(() -> item.decide(SQUAD_REVIEWER, Decision.REJECT, "  ", 1, T0))
                .isInstanceOfSatisfying(
                        ReviewRuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);

        item.decide(SQUAD_REVIEWER, Decision.REJECT, "图片与内容不符", 1, T0);
        assertThat(item.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(item.pendingEvents()).singleElement().isInstanceOfSatisfying(ReviewEvent.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo("图片与内容不符");
            assertThat(r.level()).isEqualTo(ReviewLevel.SQUAD);
            assertThat(r.automatic()).isFalse();
        });
    }

    @Test
    void shouldRefuseADecisionOnAnItemThatMovedOn() {
        ReviewItem item = Items.pendingAtSquad();
        item.decide(SQUAD_REVIEWER, Decision.APPROVE, null, 1, T0);

        assertThatThrownBy(() -> item.decide(SQUAD_REVIEWER, Decision.APPROVE, null, 1, T0))
                .isInstanceOfSatisfying(ReviewConflict.class, c -> {
                    assertThat(c.kind()).isEqualTo(ReviewConflict.Kind.OTHER_LEVEL);
                    assertThat(c.level()).isEqualTo(ReviewLevel.DISTRICT);
                });
        ReviewItem published = Items.published();
        assertThatThrownBy(() -> published.decide(CITY_REVIEWER, Decision.REJECT, "晚了", 1, T0))
                .isInstanceOfSatisfying(
                        ReviewConflict.class, c -> assertThat(c.kind()).isEqualTo(ReviewConflict.Kind.NOT_ALLOWED));
    }

    @Test
    void shouldRefuseADecisionOnAnOldVersion() {
        ReviewItem item = Items.pendingAtSquad();
        item.revise(Items.version(Items.bySquad("x"), 2, "修改后的标题", null), () -> Screened.CLEAN, T0.plusSeconds(5));

        assertThatThrownBy(() -> item.decide(SQUAD_REVIEWER, Decision.APPROVE, null, 1, T0))
                .isInstanceOfSatisfying(ReviewConflict.class, c -> {
                    assertThat(c.kind()).isEqualTo(ReviewConflict.Kind.OLD_VERSION);
                    assertThat(c.currentVersion()).isEqualTo(2);
                });
    }

    @Test
    void shouldNotLetAnybodyDecideOnWhatTheySubmitted() {
        Actor officerAndReviewer = new Actor(OFFICER.subject(), "xuhui", "xuhui-tianping");
        ReviewItem item = Items.pendingAtSquad();

        assertThatThrownBy(() -> item.decide(officerAndReviewer, Decision.APPROVE, null, 1, T0))
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, r -> assertThat(r.kind()).isEqualTo(ReviewRefusal.Kind.OWN_SUBMISSION));
        assertThat(item.history()).hasSize(2);
    }

    @Test
    void shouldRejectAtOnceWhatThePreScreenBlocks() {
        ReviewItem item = ReviewItem.submit("r-1", Items.bySquad("内部通报"), Items.blockingWord("内部", 0), T0);

        assertThat(item.status()).isEqualTo(ReviewStatus.REJECTED);
        HistoryEntry last = item.history().get(item.history().size() - 1);
        assertThat(last.step()).isEqualTo(Step.REJECTED);
        assertThat(last.actor()).isEqualTo("system");
        assertThat(last.reason()).isEqualTo("预审拦截：内部（内部信息）");
        assertThat(item.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReviewEvent.Rejected.class,
                        r -> assertThat(r.automatic()).isTrue());
    }

    @Test
    void shouldKeepWhatThePreScreenFlaggedForTheReviewer() {
        ReviewItem item =
                ReviewItem.submit("r-1", Items.bySquad("联系13912345678"), Items.flaggingPhone("13912345678", 2), T0);

        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(item.current().screened().matches()).hasSize(1);
        assertThat(item.current().content().place(2, 13)).isEqualTo(new Content.Place(ContentPart.TITLE, 2, 13));
        assertThat(item.current().content().place(15, 19)).isEqualTo(new Content.Place(ContentPart.BODY, 1, 5));
    }

    @Test
    void shouldLetOnlyDistrictAndCityReviewersTakeDown() {
        assertThatThrownBy(() -> Items.published().takeDown(SQUAD_REVIEWER, TakedownKind.UNTIMELY, "过时", T0))
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, r -> assertThat(r.kind()).isEqualTo(ReviewRefusal.Kind.LEVEL_MAY_NOT));
        assertThatThrownBy(() -> Items.published().takeDown(Items.JIADING_REVIEWER, TakedownKind.UNTIMELY, "过时", T0))
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, r -> assertThat(r.kind()).isEqualTo(ReviewRefusal.Kind.OTHER_UNIT));

        for (Actor reviewer : List.of(DISTRICT_REVIEWER, CITY_REVIEWER)) {
            ReviewItem item = Items.published();
            item.takeDown(reviewer, TakedownKind.PUBLIC_OPINION, "引发舆情", T0.plusSeconds(900));
            assertThat(item.status()).isEqualTo(ReviewStatus.TAKEN_DOWN);
            assertThat(item.pendingEvents())
                    .last()
                    .isInstanceOfSatisfying(
                            ReviewEvent.TakenDown.class,
                            t -> assertThat(t.kind()).isEqualTo(TakedownKind.PUBLIC_OPINION));
        }
    }

    @Test
    void shouldTakeDownOnlyWhatIsPublishedOrHidden() {
        assertThatThrownBy(() -> Items.pendingAtSquad().takeDown(CITY_REVIEWER, TakedownKind.OTHER, "x", T0))
                .isInstanceOfSatisfying(
                        ReviewConflict.class, c -> assertThat(c.kind()).isEqualTo(ReviewConflict.Kind.NOT_ALLOWED));
    }

    @Test
    void shouldHideAfterReportsUntilTheCityRestoresIt() {
        ReviewItem item = Items.published();
        item.report("内容不实", T0);
        item.hideAfterReports(3, T0.plusSeconds(1));
        assertThat(item.status()).isEqualTo(ReviewStatus.HIDDEN);

        assertThatThrownBy(() -> item.restore(DISTRICT_REVIEWER, "复核无问题", T0))
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, r -> assertThat(r.kind()).isEqualTo(ReviewRefusal.Kind.LEVEL_MAY_NOT));
        item.restore(CITY_REVIEWER, "复核无问题", T0.plusSeconds(2));

        assertThat(item.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(item.history()).extracting(HistoryEntry::step).endsWith(Step.REPORTED, Step.HIDDEN, Step.RESTORED);
        assertThat(item.pendingEvents()).last().isInstanceOf(ReviewEvent.Published.class);
    }
}
