package cn.summerhotline.publicity.content.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {

    private static final Instant AT = Instant.parse("2031-08-03T02:00:00Z");

    private static Content submitted(String unit, String squad) {
        Content content = Content.draft(
                "c-1",
                "p2031-04",
                2031,
                new Draft(ContentKind.POSTER, "预防群租", "巡回宣讲海报。", List.of()),
                unit,
                squad,
                "x",
                null,
                AT);
        content.submit("x", AT);
        return content;
    }

    @Test
    void shouldStartAtTheLevelItsUnitAndSquadSay() {
        assertThat(submitted("xuhui", null).snapshot().level()).isEqualTo(ReviewLevel.DISTRICT);
        assertThat(submitted("xuhui", "xuhui-tianping").snapshot().level()).isEqualTo(ReviewLevel.SQUAD);
        assertThat(submitted("city", null).snapshot().level()).isEqualTo(ReviewLevel.CITY);
        ContentEvent.Submitted event = (ContentEvent.Submitted)
                submitted("xuhui", null).pendingEvents().get(0);
        assertThat(event.kind()).isEqualTo("IMAGE");
        assertThat(event.version()).isEqualTo(1);
    }

    @Test
    void shouldApplyEachReviewEventOnceAndIgnoreOlderVersions() {
        Content content = submitted("xuhui", null);
        ReviewOutcome published = new ReviewOutcome(ReviewOutcome.Kind.PUBLISHED, "e-1", 1, null, null, AT);

        assertThat(content.apply(published)).isTrue();
        assertThat(content.apply(published)).isFalse();
        assertThat(content.pendingEvents())
                .filteredOn(e -> e instanceof ContentEvent.Published)
                .hasSize(1);
        assertThat(content.isPublic()).isTrue();

        content.apply(new ReviewOutcome(ReviewOutcome.Kind.TAKEN_DOWN, "e-2", 1, ReviewLevel.CITY, "舆情", AT));
        assertThat(content.status()).isEqualTo(ContentStatus.TAKEN_DOWN);
        content.submit("x", AT);
        assertThat(content.apply(new ReviewOutcome(ReviewOutcome.Kind.PUBLISHED, "e-3", 1, null, null, AT)))
                .isTrue();
        assertThat(content.status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThatThrownBy(() -> content.submit("x", AT)).isInstanceOf(ContentConflict.class);
    }
}
