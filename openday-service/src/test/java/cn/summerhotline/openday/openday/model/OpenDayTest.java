package cn.summerhotline.openday.openday.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenDayTest {

    private static final OpenDay DAY_2021 =
            new OpenDay(2021, LocalDate.of(2021, 7, 15), "建党百年", Map.of(), LocalDate.of(2021, 7, 5));

    @Test
    void shouldTakePlansUntilTheEndOfTheDeadlineDayInShanghai() {
        assertThat(DAY_2021.plansLateFrom()).isEqualTo(Instant.parse("2021-07-05T16:00:00Z"));
        assertThat(DAY_2021.isLate(Instant.parse("2021-07-05T15:59:59.999Z"))).isFalse();
        assertThat(DAY_2021.isLate(Instant.parse("2021-07-05T16:00:00Z"))).isTrue();
    }

    @Test
    void shouldKeepTheUnitsThemesInCodeOrder() {
        OpenDay day = new OpenDay(
                2021, LocalDate.of(2021, 7, 15), "主题", Map.of("xuhui", "b", "corps", "a"), LocalDate.of(2021, 7, 5));

        assertThat(day.unitThemes().keySet()).containsExactly("corps", "xuhui");
    }

    @Test
    void shouldRefuseADayOutsideItsYearOrADeadlineAfterIt() {
        assertThatThrownBy(() -> new OpenDay(2021, LocalDate.of(2022, 7, 15), "主题", Map.of(), LocalDate.of(2021, 7, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new OpenDay(2021, LocalDate.of(2021, 7, 15), "主题", Map.of(), LocalDate.of(2021, 7, 16)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
