package cn.summerhotline.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsIdsThatCannotBreakALogLineOrHeader() {
        assertThat(RequestIds.isWellFormed("req-42.abc:7_x")).isTrue();
        assertThat(RequestIds.isWellFormed(UUID.randomUUID().toString())).isTrue();
        assertThat(RequestIds.isWellFormed("")).isFalse();
        assertThat(RequestIds.isWellFormed("with space")).isFalse();
        assertThat(RequestIds.isWellFormed("line\nbreak")).isFalse();
        assertThat(RequestIds.isWellFormed("中文")).isFalse();
        assertThat(RequestIds.isWellFormed("x".repeat(129))).isFalse();
    }

    @Test
    void generatesDistinctVersion4UuidStrings() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIds.generate();
            UUID parsed = UUID.fromString(id);
            assertThat(parsed.version()).isEqualTo(4);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(parsed.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }
}
