package cn.summerhotline.review.workflow.model;

import static cn.summerhotline.review.workflow.model.Items.DISTRICT_REVIEWER;
import static cn.summerhotline.review.workflow.model.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.review.screening.model.Screened;
import org.junit.jupiter.api.Test;

/** New versions of an item: a revision while pending, a resubmission after it left review, repeats ignored. */
class ReviewItemVersionsTest {

    @Test
    void shouldReviseAPendingItemInPlaceBackToItsStartingLevel() {
        ReviewItem item = Items.approvedUpTo(ReviewLevel.CITY);

        boolean revised = item.revise(
                Items.version(Items.bySquad("x"), 2, "新版本", "event-2"), () -> Screened.CLEAN, T0.plusSeconds(600));

        assertThat(revised).isTrue();
        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(item.level()).isEqualTo(ReviewLevel.SQUAD);
        assertThat(item.levelSince()).isEqualTo(T0.plusSeconds(600));
        assertThat(item.versions()).extracting(ContentVersion::number).containsExactly(1, 2);
        assertThat(item.history()).extracting(HistoryEntry::step).contains(Step.REVISED);
    }

    @Test
    void shouldTakeARejectedItemsNewVersionAsAResubmissionAtItsStartingLevel() {
        ReviewItem item = Items.approvedUpTo(ReviewLevel.DISTRICT);
        item.decide(DISTRICT_REVIEWER, Decision.REJECT, "数据有误", 1, T0.plusSeconds(100));

        item.revise(Items.version(Items.bySquad("x"), 2, "更正数据", null), () -> Screened.CLEAN, T0.plusSeconds(200));

        assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(item.level()).isEqualTo(ReviewLevel.SQUAD);
        assertThat(item.versions()).hasSize(2);
        assertThat(item.versions().get(0).content().title()).isEqualTo("夏季专项执法行动");
        assertThat(item.history())
                .extracting(HistoryEntry::step)
                .containsExactly(
                        Step.SUBMITTED, Step.SCREENED, Step.APPROVED, Step.REJECTED, Step.RESUBMITTED, Step.SCREENED);
        assertThat(item.history().get(4).contentVersion()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreAVersionItHoldsAlready() {
        ReviewItem item = Items.pendingAtSquad();
        Submission second = Items.version(Items.bySquad("x"), 2, "第二版", "event-2");
        item.revise(second, () -> Screened.CLEAN, T0);
        int entries = item.history().size();

        assertThat(item.revise(second, () -> Screened.CLEAN, T0)).isFalse();
        assertThat(item.revise(Items.version(second, 1, "迟到的第一版", "event-1"), () -> Screened.CLEAN, T0))
                .isFalse();
        assertThat(item.revise(Items.bySquad("第二版"), () -> Screened.CLEAN, T0))
                .as("the same content through the API")
                .isFalse();
        assertThat(item.history()).hasSize(entries);
    }

    @Test
    void shouldRefuseAContentVersionFromAnotherOrigin() {
        ReviewItem item = Items.pendingAtSquad();
        Submission elsewhere = new Submission(
                "publicity-service",
                "article-1",
                2,
                Items.content("嘉定"),
                new Origin("jiading", null),
                new Actor("jiading-admin", "jiading", null),
                null);

        assertThatThrownBy(() -> item.revise(elsewhere, () -> Screened.CLEAN, T0))
                .isInstanceOfSatisfying(
                        ReviewConflict.class, c -> assertThat(c.kind()).isEqualTo(ReviewConflict.Kind.OTHER_ORIGIN));
    }
}
