package cn.summerhotline.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.testsupport.contracts.EventContracts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The envelope the outbox writes against the shared contract, and the contract against bad envelopes. */
class EnvelopeSchemaTest {

    private final EventOutbox outbox = new EventOutbox(
            null,
            new JsonMapper(),
            "complaint-service",
            List.of(),
            Clock.fixed(Instant.parse("2021-07-15T01:30:00.123Z"), ZoneOffset.UTC),
            Duration.ofSeconds(30),
            new OutboxWrites());

    @Test
    void envelopeWrittenToTheOutboxSatisfiesTheContract() {
        String envelope = envelope(OutgoingEvent.of(
                "probe", "sent", "xuhui", "p-1", Map.of("probeId", "p-1", "sequence", 1, "note", "夏令热线")));

        EventContracts.assertValid(EventContracts.ENVELOPE, envelope);
        EventContracts.assertValid("probe-sent.v1.schema.json", envelope);
        assertThat(envelope)
                .startsWith("{\"specversion\":\"1.0\",\"id\":\"")
                .contains("\"time\":\"2021-07-15T01:30:00.123Z\"")
                .contains("\"datacontenttype\":\"application/json\"");
    }

    @Test
    void contractRejectsEnvelopesThatBreakTheScheme() {
        String valid =
                envelope(OutgoingEvent.of("probe", "sent", "xuhui", "p-1", Map.of("probeId", "p-1", "sequence", 1)));

        EventContracts.assertInvalid(
                EventContracts.ENVELOPE, valid.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""));
        EventContracts.assertInvalid(
                EventContracts.ENVELOPE, valid.replace("summerhotline.probe.sent.v1", "probe.sent"));
        EventContracts.assertInvalid(
                EventContracts.ENVELOPE, valid.replace("2021-07-15T01:30:00.123Z", "15 July 2021"));
        EventContracts.assertInvalid(EventContracts.ENVELOPE, valid.replace("\"subject\":\"p-1\",", ""));
        EventContracts.assertInvalid("probe-sent.v1.schema.json", valid.replace("\"sequence\":1", "\"sequence\":0"));
    }

    @Test
    void violationsAreListedReadably() {
        assertThatThrownBy(() -> EventContracts.assertValid(EventContracts.ENVELOPE, "{\"specversion\":\"1.0\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cloudevent-envelope.schema.json")
                .hasMessageContaining("required property 'id' not found");
    }

    private String envelope(OutgoingEvent event) {
        return outbox.append(new Document(), event)
                .getList(EventOutbox.FIELD, Document.class)
                .get(0)
                .getString("envelope");
    }
}
