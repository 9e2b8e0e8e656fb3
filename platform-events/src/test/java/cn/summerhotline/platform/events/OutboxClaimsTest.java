package cn.summerhotline.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxClaimsTest {

    private static OutboxEntry entry(String id) {
        return new OutboxEntry(id, "summerhotline.probe.sent.v1", "probe.sent.d", "p-1", Instant.EPOCH, "{}");
    }

    private final OutboxClaims.Pending pending =
            new OutboxClaims.Pending("probes", "p-1", List.of(entry("a"), entry("b"), entry("c")));

    @Test
    void everyConfirmedEntryOfADocumentLeavesItsOutbox() {
        assertThat(pending.confirmedInOrder(Set.of("a", "b", "c", "of-another-document")))
                .containsExactly("a", "b", "c");
    }

    /** A later event never overtakes an earlier one of the same aggregate: it waits for the earlier one's retry. */
    @Test
    void anEntryTheBrokerDidNotTakeKeepsTheDocumentsLaterEntriesPendingToo() {
        assertThat(pending.confirmedInOrder(Set.of("a", "c"))).containsExactly("a");
        assertThat(pending.confirmedInOrder(Set.of("b", "c"))).isEmpty();
    }
}
