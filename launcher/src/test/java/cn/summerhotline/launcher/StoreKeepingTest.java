package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void shouldSayInTheSummaryThatAStoreInMemoryKeepsNothing() {
        Endpoints embedded = new Endpoints(
                "mongodb://127.0.0.1:40001",
                true,
                "127.0.0.1",
                40002,
                "guest",
                "guest",
                "/",
                "qpid",
                true,
                Optional.empty());

        var lines = InfrastructureSummary.lines(
                embedded, new Checkout(Path.of("/home/dev/summer-hotline")), StoreKeeping.MEMORY);

        assertThat(lines)
                .first()
                .isEqualTo("embedded store (MongoDB wire protocol) at mongodb://127.0.0.1:40001, in memory: nothing"
                        + " is kept after Ctrl-C (SUMMER_STORE=memory)");
    }
}
