package cn.summerhotline.review.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewLevelTest {

    @Test
    void shouldDeriveTheReviewerLevelFromUnitAndSquad() {
        assertThat(ReviewLevel.ofReviewer("xuhui", "xuhui-tianping")).contains(ReviewLevel.SQUAD);
        assertThat(ReviewLevel.ofReviewer("xuhui", null)).contains(ReviewLevel.DISTRICT);
        assertThat(ReviewLevel.ofReviewer("city", null)).contains(ReviewLevel.CITY);
        assertThat(ReviewLevel.ofReviewer(null, null)).isEmpty();
    }

    @Test
    void shouldPassContentFromSquadToDistrictToCityAndStopThere() {
        assertThat(ReviewLevel.SQUAD.next()).contains(ReviewLevel.DISTRICT);
        assertThat(ReviewLevel.DISTRICT.next()).contains(ReviewLevel.CITY);
        assertThat(ReviewLevel.CITY.next()).isEmpty();
    }
}
