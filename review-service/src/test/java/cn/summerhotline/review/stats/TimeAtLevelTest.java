package cn.summerhotline.review.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.stats.model.LevelDurations;
import cn.summerhotline.review.stats.model.TimeAtLevel;
import cn.summerhotline.review.stats.model.TimeAtLevel.Entry;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAtLevelTest {

    private static final Instant T = Instant.parse("2025-07-10T00:00:00Z");

    private static Entry at(int hours, Step step, ReviewLevel level, String actor) {
        return new Entry(T.plus(Duration.ofHours(hours)), step, level, actor);
    }

    @Test
    void shouldMeasureEachLevelFromArrivalToItsDecision() {
        List<TimeAtLevel.Stay> stays = TimeAtLevel.stays(List.of(
                at(0, Step.SUBMITTED, ReviewLevel.SQUAD, "officer"),
                at(0, Step.SCREENED, ReviewLevel.SQUAD, "system"),
                at(2, Step.APPROVED, ReviewLevel.SQUAD, "squad"),
                at(6, Step.APPROVED, ReviewLevel.DISTRICT, "district"),
                at(16, Step.APPROVED, ReviewLevel.CITY, "city"),
                at(20, Step.TAKEN_DOWN, ReviewLevel.CITY, "city")));

        assertThat(stays)
                .extracting(TimeAtLevel.Stay::level, TimeAtLevel.Stay::duration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewLevel.SQUAD, Duration.ofHours(2)),
                        org.assertj.core.groups.Tuple.tuple(ReviewLevel.DISTRICT, Duration.ofHours(4)),
                        org.assertj.core.groups.Tuple.tuple(ReviewLevel.CITY, Duration.ofHours(10)));
    }

    @Test
    void shouldCountNeitherAStayEndedByARevisionNorThePreScreensRejection() {
        List<TimeAtLevel.Stay> revised = TimeAtLevel.stays(List.of(
                at(0, Step.SUBMITTED, ReviewLevel.SQUAD, "officer"),
                at(1, Step.APPROVED, ReviewLevel.SQUAD, "squad"),
                at(3, Step.REVISED, ReviewLevel.SQUAD, "officer"),
                at(5, Step.APPROVED, ReviewLevel.SQUAD, "squad")));
        List<TimeAtLevel.Stay> blocked = TimeAtLevel.stays(List.of(
                at(0, Step.SUBMITTED, ReviewLevel.SQUAD, "officer"),
                at(0, Step.SCREENED, ReviewLevel.SQUAD, "system"),
                at(0, Step.REJECTED, ReviewLevel.SQUAD, "system")));

        assertThat(revised).extracting(TimeAtLevel.Stay::level).containsExactly(ReviewLevel.SQUAD, ReviewLevel.SQUAD);
        assertThat(revised)
                .extracting(TimeAtLevel.Stay::duration)
                .containsExactly(Duration.ofHours(1), Duration.ofHours(2));
        assertThat(blocked).isEmpty();
    }

    @Test
    void shouldStartANewRoundAtTheStartingLevelAfterAResubmission() {
        List<TimeAtLevel.Stay> stays = TimeAtLevel.stays(List.of(
                at(0, Step.SUBMITTED, ReviewLevel.DISTRICT, "admin"),
                at(3, Step.REJECTED, ReviewLevel.DISTRICT, "district"),
                at(10, Step.RESUBMITTED, ReviewLevel.DISTRICT, "admin"),
                at(11, Step.APPROVED, ReviewLevel.DISTRICT, "district")));

        assertThat(stays)
                .extracting(TimeAtLevel.Stay::duration)
                .containsExactly(Duration.ofHours(3), Duration.ofHours(1));
    }

    @Test
    void shouldTakeTheMiddleStayOrTheMeanOfTheTwoMiddleOnes() {
        LevelDurations odd = new LevelDurations();
        LevelDurations even = new LevelDurations();
        for (int hours : new int[] {30, 10, 20}) {
            odd.add(new TimeAtLevel.Stay(ReviewLevel.CITY, T, T.plus(Duration.ofHours(hours))));
        }
        for (int hours : new int[] {10, 1, 6, 2, 4, 2}) {
            even.add(new TimeAtLevel.Stay(ReviewLevel.SQUAD, T, T.plus(Duration.ofHours(hours))));
        }
        for (int i = 0; i < 40; i++) {
            even.add(new TimeAtLevel.Stay(ReviewLevel.DISTRICT, T, T.plus(Duration.ofMinutes(i))));
        }

        assertThat(odd.median(ReviewLevel.CITY)).isEqualTo(Duration.ofHours(20));
        assertThat(even.median(ReviewLevel.SQUAD)).isEqualTo(Duration.ofHours(3));
        assertThat(even.count(ReviewLevel.DISTRICT)).isEqualTo(40);
        assertThat(even.median(ReviewLevel.DISTRICT)).isEqualTo(Duration.ofSeconds(19 * 60 + 30));
        assertThat(odd.median(ReviewLevel.SQUAD)).isNull();
    }
}
