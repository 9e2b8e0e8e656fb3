package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreKeepingTest {

    @Test
    void shouldKeepTheDataInAFileUnlessMemoryIsAskedFor() {
        assertThat(StoreKeeping.from(Map.of())).isEqualTo(StoreKeeping.FILE);
        assertThat(StoreKeeping.from(Map.of("SUMMER_STORE", " "))).isEqualTo(StoreKeeping.FILE);
        assertThat(StoreKeeping.from(Map.of("SUMMER_STORE", "file"))).isEqualTo(StoreKeeping.FILE);
        assertThat(StoreKeeping.from(Map.of("SUMMER_STORE", "Memory"))).isEqualTo(StoreKeeping.MEMORY);
    }

    @Test
    void shouldRefuseAStoreItDoesNotKnowNamingTheChoices() {
        assertThatThrownBy(() -> StoreKeeping.from(Map.of("SUMMER_STORE", "h2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SUMMER_STORE=h2 is not a store: use file (the default) or memory");
    }
}
