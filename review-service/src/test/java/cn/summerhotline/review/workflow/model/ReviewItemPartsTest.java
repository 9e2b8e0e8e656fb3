package cn.summerhotline.review.workflow.model;

import static cn.summerhotline.review.workflow.model.Items.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.review.screening.model.Screened;
import org.junit.jupiter.api.Test;

/** The values a review item swaps whole: its versions, its history and the public's reports. */
class ReviewItemPartsTest {

    @Test
    void shouldNumberAVersionThroughTheApiAfterTheLastAndTakeTheOwnersNumberFromAnEvent() {
        Submission api = Items.bySquad("第一版");
        ContentVersions versions = ContentVersions.NONE.with(api, Screened.CLEAN, T0);

        ContentVersions revised = versions.with(Items.bySquad("第二版"), Screened.CLEAN, T0.plusSeconds(1));
        ContentVersions byEvent = revised.with(Items.version(api, 7, "第七版", "e-7"), Screened.CLEAN, T0);

        assertThat(versions.all()).extracting(ContentVersion::number).containsExactly(1);
        assertThat(revised.current().number()).isEqualTo(2);
        assertThat(byEvent.current().number()).isEqualTo(7);
        assertThat(byEvent.current().sourceEvent()).isEqualTo("e-7");
        assertThat(revised.all()).hasSize(2);
    }

    @Test
    void shouldTellANewVersionFromARepeatedOrLateOne() {
        Submission first = Items.version(Items.bySquad("第一版"), 2, "第二版", "e-2");
        ContentVersions versions = ContentVersions.NONE.with(first, Screened.CLEAN, T0);

        assertThat(versions.isNew(first)).isFalse();
        assertThat(versions.isNew(Items.version(first, 1, "第一版", "e-1"))).isFalse();
        assertThat(versions.isNew(Items.version(first, 3, "第三版", "e-3"))).isTrue();
        assertThat(versions.isNew(Items.bySquad("第二版"))).isFalse();
        assertThat(versions.isNew(Items.bySquad("别的内容"))).isTrue();
        assertThat(versions.submittedBy(Items.OFFICER.subject())).isTrue();
        assertThat(versions.submittedBy(Items.SQUAD_REVIEWER.subject())).isFalse();
    }

    @Test
    void shouldKeepOneReportPerClientForGood() {
        PublicReports reports = PublicReports.NONE.with(new Report("a", T0));

        assertThat(reports.by("a")).contains(new Report("a", T0));
        assertThat(reports.by("b")).isEmpty();
        assertThatThrownBy(() -> reports.with(new Report("a", T0.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PublicReports(null).all()).isEmpty();
    }

    @Test
    void shouldCountReportsSinceTheLastPublicationAndFindTheLatestHiding() {
        History history = History.NONE
                .with(entry(Step.APPROVED, ReviewStatus.PUBLISHED))
                .with(entry(Step.REPORTED, ReviewStatus.PUBLISHED))
                .with(entry(Step.HIDDEN, ReviewStatus.HIDDEN))
                .with(entry(Step.RESTORED, ReviewStatus.PUBLISHED))
                .with(entry(Step.REPORTED, ReviewStatus.PUBLISHED))
                .with(entry(Step.REPORTED, ReviewStatus.PUBLISHED));

        assertThat(history.reportsSincePublished()).isEqualTo(2);
        assertThat(history.lastHiding()).get().extracting(HistoryEntry::step).isEqualTo(Step.HIDDEN);
        assertThat(history.with(entry(Step.RESCREENED, ReviewStatus.HIDDEN)).lastHiding())
                .get()
                .extracting(HistoryEntry::step)
                .isEqualTo(Step.RESCREENED);
        assertThat(History.NONE.lastHiding()).isEmpty();
        assertThat(history.entries()).hasSize(6);
        assertThatThrownBy(() -> history.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static HistoryEntry entry(Step step, ReviewStatus status) {
        return new HistoryEntry(T0, step, status, ReviewLevel.CITY, 1, "someone", "city", null, null);
    }
}
