package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpendayInstancesTest {

    @Test
    void shouldStartOneInstanceUnlessMoreAreAskedFor() {
        assertThat(OpendayInstances.from(Map.of())).isEqualTo(1);
        assertThat(OpendayInstances.from(Map.of("SUMMER_OPENDAY_INSTANCES", " ")))
                .isEqualTo(1);
        assertThat(OpendayInstances.from(Map.of("SUMMER_OPENDAY_INSTANCES", "2")))
                .isEqualTo(2);
        assertThat(OpendayInstances.from(Map.of("SUMMER_OPENDAY_INSTANCES", "4")))
                .isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "two", "-1", "+2"})
    void shouldRefuseACountOutsideOneToFourNamingTheVariableAndTheChoices(String value) {
        assertThatThrownBy(() -> OpendayInstances.from(Map.of("SUMMER_OPENDAY_INSTANCES", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SUMMER_OPENDAY_INSTANCES=" + value
                        + " is not a number of openday-service instances: use 1 (the default) to 4");
    }
}
