package cn.summerhotline.review.workflow.model;

import static cn.summerhotline.review.workflow.model.Items.CITY_REVIEWER;
import static cn.summerhotline.review.workflow.model.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.review.screening.model.Screened;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports by the public, hiding pending the city bureau's re-review, and how either is told from a takedown. */
class ReviewItemReportsTest {

    @Test
    void shouldKeepOneReportPerClientAndAnswerARepeatWithTheFirst() {
        ReviewItem item = Items.published();

        Report first = item.report("client-a", "内容不实", T0);
        Report again = item.report("client-a", "还是不实", T0.plusSeconds(5));

        assertThat(again).isEqualTo(first);
        assertThat(item.reports()).containsExactly(new Report("client-a", T0));
        assertThat(item.reportsSincePublished()).isOne();
        assertThat(item.history()).extracting(HistoryEntry::step).endsWith(Step.APPROVED, Step.REPORTED);
        assertThat(item.history().get(item.history().size() - 1).actor()).isEqualTo("public");
    }

    @Test
    void shouldHideAfterReportsWithOneHiddenEventAndCountAgainAfterARestore() {
        ReviewItem item = Items.published();
        item.report("a", "x", T0);
        item.report("b", "x", T0);
        item.report("c", "x", T0);

        item.hideAfterReports(item.reportsSincePublished(), T0.plusSeconds(1));

        assertThat(item.status()).isEqualTo(ReviewStatus.HIDDEN);
        assertThat(item.pendingEvents())
                .filteredOn(ReviewEvent.Hidden.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    ReviewEvent.Hidden hidden = (ReviewEvent.Hidden) e;
                    assertThat(hidden.cause()).isEqualTo(HiddenCause.REPORTS);
                    assertThat(hidden.reports()).isEqualTo(3);
                    assertThat(hidden.unit()).isEqualTo("xuhui");
                });
        assertThat(item.hiding()).get().extracting(HistoryEntry::step).isEqualTo(Step.HIDDEN);
        assertThatThrownBy(() -> item.report("d", "x", T0.plusSeconds(2))).isInstanceOf(ReviewConflict.class);

        item.restore(CITY_REVIEWER, "复核无问题", T0.plusSeconds(3));

        assertThat(item.reportsSincePublished()).isZero();
        assertThat(item.hiding()).isEmpty();
        assertThat(item.report("a", "x", T0.plusSeconds(4))).isEqualTo(new Report("a", T0));
        assertThat(item.reportsSincePublished()).isZero();
    }

    @Test
    void shouldHideAfterANewBlockWordNamingTheWordsInTheHistoryOnly() {
        ReviewItem item = Items.published();

        item.hideAfterScreening(List.of("违禁词甲", "违禁词乙"), T0.plusSeconds(1));

        assertThat(item.status()).isEqualTo(ReviewStatus.HIDDEN);
        HistoryEntry hiding = item.hiding().orElseThrow();
        assertThat(hiding.step()).isEqualTo(Step.RESCREENED);
        assertThat(hiding.actor()).isEqualTo("system");
        assertThat(hiding.reason()).contains("违禁词甲", "违禁词乙");
        assertThat(HiddenCause.of(hiding.step())).isEqualTo(HiddenCause.SCREENING);
        ReviewEvent.Hidden event = (ReviewEvent.Hidden)
                item.pendingEvents().get(item.pendingEvents().size() - 1);
        assertThat(event.cause()).isEqualTo(HiddenCause.SCREENING);
        assertThat(event.toString()).doesNotContain("违禁词");
    }

    @Test
    void shouldHideOnlyWhatIsPublished() {
        assertThatThrownBy(() -> Items.pendingAtSquad().hideAfterScreening(List.of("词"), T0))
                .isInstanceOf(ReviewConflict.class);
        assertThatThrownBy(() -> Items.pendingAtSquad().report("a", "x", T0)).isInstanceOf(ReviewConflict.class);
    }

    @Test
    void shouldTellATakedownFromAHiding() {
        ReviewItem item = Items.published();
        item.takeDown(CITY_REVIEWER, TakedownKind.PUBLIC_OPINION, "引发舆情", T0.plusSeconds(1));

        assertThat(item.status()).isEqualTo(ReviewStatus.TAKEN_DOWN);
        assertThat(item.hiding()).isEmpty();
        assertThat(item.pendingEvents()).noneMatch(ReviewEvent.Hidden.class::isInstance);
    }

    @Test
    void shouldStartTheCountAgainWhenANewVersionIsPublished() {
        ReviewItem item = Items.published();
        item.report("a", "x", T0);
        item.report("b", "x", T0);
        item.revise(Items.version(Items.bySquad("x"), 2, "更正后", null), () -> Screened.CLEAN, T0.plusSeconds(1));
        item.decide(Items.SQUAD_REVIEWER, Decision.APPROVE, null, 2, T0.plusSeconds(2));
        item.decide(Items.DISTRICT_REVIEWER, Decision.APPROVE, null, 2, T0.plusSeconds(3));
        item.decide(CITY_REVIEWER, Decision.APPROVE, null, 2, T0.plusSeconds(4));

        assertThat(item.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(item.reportsSincePublished()).isZero();
        item.report("c", "x", T0.plusSeconds(5));
        assertThat(item.reportsSincePublished()).isOne();
    }
}
