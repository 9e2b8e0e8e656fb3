package cn.summerhotline.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReporterTest {

    @Test
    void shouldMaskAMobileNumberAsTheCampaignShowsIt() {
        assertThat(new Reporter("王小明", "13812345678").maskedPhone()).isEqualTo("138****5678");
    }

    @Test
    void shouldMaskTheNameButItsFirstCharacter() {
        assertThat(new Reporter("王小明", null).maskedName()).isEqualTo("王**");
        assertThat(new Reporter("李", null).maskedName()).isEqualTo("李*");
    }

    @Test
    void shouldMaskShortNumbersToTheirLastTwoDigits() {
        assertThat(new Reporter(null, "64871234").maskedPhone()).isEqualTo("******34");
    }

    @Test
    void shouldMeasureDistancesOnTheEarth() {
        Location a = new Location(31.1900, 121.4300);
        Location b = new Location(31.1909, 121.4300);

        assertThat(a.metresTo(b)).isBetween(99.0, 101.0);
        assertThat(a.metresTo(a)).isZero();
    }
}
