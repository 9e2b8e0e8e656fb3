package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.json;
import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * Every registration event reaches a consumer bound to the exchange, satisfies its schema in contracts/, is routed
 * by the venue's host unit and carries neither the registrant's name nor their phone.
 */
@ServiceTest
class RegistrationEventsIT {

    private static final long ARRIVAL_MILLIS = 15_000;

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory broker;

    @Autowired
    Venues venues;

    @Autowired
    MongoOperations mongo;

    EventTap tap;
    final java.util.List<Message> arrived = new java.util.ArrayList<>();

    @BeforeEach
    void listen() {
        tap = EventTap.bind(broker, "registration-events-it", "registration.#");
    }

    @AfterEach
    void stopListening() {
        tap.close();
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldAnnounceConfirmationWaitlistCancellationPromotionAndCheckInWithoutPersonalData() {
        OpendayCalls calls = new OpendayCalls(port);
        String session = calls.session(
                OpendayCalls.xuhuiVenue(venues).id(), Instant.now().plus(Duration.ofDays(2)), 1, Map.of("PUBLIC", 1));
        JsonNode first = json(calls.register(session, phone(1), "PUBLIC", 1, null));
        JsonNode second = json(calls.register(session, phone(2), "PUBLIC", 1, null));
        calls.delete(
                "/api/v1/openday/registrations/" + first.path("id").asString() + "?token="
                        + first.path("cancelToken").asString(),
                null);
        String code = mongo.findById(second.path("id").asString(), org.bson.Document.class, "registrations")
                .getString("checkInCode");
        calls.post(
                "/api/v1/openday/checkins",
                TestTokens.squadOfficer("xuhui", "xuhui-tianping"),
                "{\"code\": \"" + code + "\", \"scanId\": \"events-it-1\"}");

        JsonNode confirmed = valid(receive(first, "confirmed"), "confirmed");
        JsonNode waitlisted = valid(receive(second, "waitlisted"), "waitlisted");
        JsonNode cancelled = valid(receive(first, "cancelled"), "cancelled");
        JsonNode promoted = valid(receive(second, "promoted"), "promoted");
        JsonNode checkedIn = valid(receive(second, "checked-in"), "checked-in");

        assertThat(confirmed.path("sessionId").asString()).isEqualTo(session);
        assertThat(waitlisted.path("position").asInt()).isEqualTo(1);
        assertThat(cancelled.path("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(cancelled.path("byStaff").asBoolean()).isFalse();
        assertThat(promoted.path("registrationId").asString())
                .isEqualTo(second.path("id").asString());
        assertThat(checkedIn.path("partySize").asInt()).isEqualTo(1);
    }

    private JsonNode valid(Message message, String event) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        EventContracts.assertValid("registration-" + event + ".v1.schema.json", body);
        assertThat(message.getMessageProperties().getReceivedRoutingKey())
                .isEqualTo("registration." + event + ".xuhui");
        assertThat(body).doesNotContain("王小明").doesNotContain("139000000").doesNotContain("cancelToken");
        return OpendayCalls.JSON.readTree(body).path("data");
    }

    private Message receive(JsonNode registration, String event) {
        String type = "summerhotline.registration." + event + ".v1";
        String subject = registration.path("id").asString();
        long deadline = System.currentTimeMillis() + ARRIVAL_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (Message message : arrived) {
                JsonNode envelope = OpendayCalls.JSON.readTree(message.getBody());
                if (envelope.path("subject").asString().equals(subject)
                        && envelope.path("type").asString().equals(type)) {
                    return message;
                }
            }
            Message next = tap.receive(200);
            if (next != null) {
                arrived.add(next); // events of different registrations may arrive in any order
            }
        }
        throw new AssertionError("no " + type + " about " + subject + " within " + ARRIVAL_MILLIS + " ms");
    }
}
