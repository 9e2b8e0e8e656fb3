package cn.summerhotline.review.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReporterKeysTest {

    private static final byte[] KEY = "a key of at least thirty-two bytes for tests".getBytes(StandardCharsets.UTF_8);
    private final ReporterKeys keys = new ReporterKeys(KEY);

    @Test
    void shouldNameTheSameClientAlikeOnEveryReplicaAndTellNothingOfWhoItIs() {
        String named = keys.of(new Reporter(null, "203.0.113.7"));

        assertThat(new ReporterKeys(KEY.clone()).of(new Reporter(null, "203.0.113.7")))
                .isEqualTo(named);
        assertThat(named).doesNotContain("203").doesNotContain("113").hasSize(22);
        assertThat(keys.of(new Reporter(null, "203.0.113.8"))).isNotEqualTo(named);
    }

    @Test
    void shouldNameAClientWithATokenByItsSubjectWhereverItCallsFrom() {
        assertThat(keys.of(new Reporter("citizen-1", "203.0.113.7")))
                .isEqualTo(keys.of(new Reporter("citizen-1", "198.51.100.1")))
                .isNotEqualTo(keys.of(new Reporter("citizen-2", "203.0.113.7")))
                .isNotEqualTo(keys.of(new Reporter(null, "203.0.113.7")));
    }

    @Test
    void shouldKeepSubjectsAndAddressesApartEvenWhenTheyAreWrittenAlike() {
        assertThat(keys.of(new Reporter("203.0.113.7", null))).isNotEqualTo(keys.of(new Reporter(null, "203.0.113.7")));
    }

    @Test
    void shouldNameAnIpv6ClientByItsSlash64() {
        assertThat(keys.of(new Reporter(null, "2001:db8:1:2:aaaa::1")))
                .isEqualTo(keys.of(new Reporter(null, "2001:db8:1:2:bbbb:cccc:dddd:eeee")))
                .isNotEqualTo(keys.of(new Reporter(null, "2001:db8:1:3::1")));
        assertThat(ReporterKeys.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ReporterKeys.network("not-an-address")).isEqualTo("not-an-address");
    }

    @Test
    void shouldNameClientsDifferentlyUnderAnotherKey() {
        ReporterKeys other =
                new ReporterKeys("another key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(other.of(new Reporter(null, "203.0.113.7")))
                .isNotEqualTo(keys.of(new Reporter(null, "203.0.113.7")));
    }

    @Test
    void shouldRefuseAShortKey() {
        assertThatThrownBy(() -> new ReporterKeys(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
