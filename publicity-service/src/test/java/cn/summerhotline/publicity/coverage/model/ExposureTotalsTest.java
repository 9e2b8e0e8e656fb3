package cn.summerhotline.publicity.coverage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureTotalsTest {

    private static Coverage report(
            String project, int theme, List<String> units, OutletKind kind, long readers, long views) {
        return new Coverage(
                "m-" + readers,
                project,
                2031,
                theme,
                units,
                "新民晚报",
                kind,
                LocalDate.of(2031, 8, 3),
                null,
                readers,
                views,
                null,
                "city-admin",
                Instant.EPOCH);
    }

    @Test
    void shouldAddUpPerProjectThemeUnitAndOutletKind() {
        ExposureTotals totals = ExposureTotals.of(List.of(
                report("p2031-04", 2, List.of("xuhui"), OutletKind.NEWSPAPER_GROUP, 100, 1000),
                report("p2031-04", 2, List.of("xuhui"), OutletKind.NEW_MEDIA, 20, 5000),
                report("p2031-03", 2, List.of("city-office", "city-coordination"), OutletKind.CITY_TV, 7, 70)));

        assertThat(totals.total()).isEqualTo(new ExposureTotals.Exposure(3, 127, 6070));
        assertThat(totals.byProject().get("p2031-04")).isEqualTo(new ExposureTotals.Exposure(2, 120, 6000));
        assertThat(totals.byTheme().get(2)).isEqualTo(new ExposureTotals.Exposure(3, 127, 6070));
        assertThat(totals.byUnit().get("city-office")).isEqualTo(new ExposureTotals.Exposure(1, 7, 70));
        assertThat(totals.byUnit().get("city-coordination")).isEqualTo(new ExposureTotals.Exposure(1, 7, 70));
        assertThat(totals.byOutletKind().get(OutletKind.NEW_MEDIA)).isEqualTo(new ExposureTotals.Exposure(1, 20, 5000));
        assertThat(totals.byOutletKind()).doesNotContainKey(OutletKind.INDEPENDENT);
    }

    @Test
    void shouldRefuseNegativeReachAndADateOutsideTheYear() {
        assertThatThrownBy(() -> report("p", 1, List.of("xuhui"), OutletKind.CITY_TV, -1, 0))
                .isInstanceOf(CoverageRuleViolation.class);
        assertThatThrownBy(() -> new Coverage(
                        "m",
                        "p",
                        2030,
                        1,
                        List.of(),
                        "台",
                        OutletKind.CITY_TV,
                        LocalDate.of(2031, 1, 1),
                        null,
                        0,
                        0,
                        null,
                        "x",
                        Instant.EPOCH))
                .isInstanceOf(CoverageRuleViolation.class);
    }
}
