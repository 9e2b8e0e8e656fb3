package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.json;
import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.PlaceLedger;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** A citizen registers, reads, cancels; the waiting list moves up; one registration per phone; the deadline. */
@ServiceTest
class RegistrationIT {

    @LocalServerPort
    int port;

    @Autowired
    Venues venues;

    @Autowired
    MongoOperations mongo;

    @Autowired
    AdjustableClock clock;

    OpendayCalls calls;
    String session;

    @BeforeEach
    void aSessionOfThreePublicPlaces() {
        calls = new OpendayCalls(port);
        String venue = OpendayCalls.xuhuiVenue(venues).id();
        session = calls.session(venue, Instant.now().plus(Duration.ofDays(2)), 5, Map.of("PUBLIC", 3, "STUDENTS", 2));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldConfirmWhileTheQuotaHasRoomAndThenWaitlistWithPositions() {
        JsonNode first = json(calls.register(session, phone(1), "PUBLIC", 2, null));
        JsonNode second = json(calls.register(session, phone(2), "PUBLIC", 1, null));
        JsonNode third = json(calls.register(session, phone(3), "PUBLIC", 1, null));
        JsonNode fourth = json(calls.register(session, phone(4), "PUBLIC", 2, null));

        assertThat(first.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.path("checkInCode").asString()).hasSize(8);
        assertThat(first.path("cancelToken").asString()).hasSizeGreaterThan(20);
        assertThat(second.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(third.path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(third.path("position").asInt()).isEqualTo(1);
        assertThat(third.path("checkInCode").isNull()).isTrue();
        assertThat(fourth.path("position").asInt()).isEqualTo(2);
        JsonNode figures = calls.sessionView(session);
        assertThat(figures.path("confirmed").asInt()).isEqualTo(3);
        assertThat(figures.path("waitlisted").asInt()).isEqualTo(3);
        assertThat(figures.path("byAudience").path("PUBLIC").path("confirmed").asInt())
                .isEqualTo(3);
        assertThat(figures.path("quotas").path("STUDENTS").asInt()).isEqualTo(2);
        PlaceLedger.of(mongo, session).balances();
    }

    @Test
    void shouldRefuseASecondRegistrationOfAPhoneButAnswerARetryWithTheSameKeyTheFirstResult() {
        JsonNode first = json(calls.register(session, phone(1), "PUBLIC", 1, "key-1"));
        ResponseEntity<String> retried = calls.register(session, phone(1), "PUBLIC", 1, "key-1");
        ResponseEntity<String> again = calls.register(session, phone(1), "STUDENTS", 1, null);

        assertThat(retried.getStatusCode().value()).isEqualTo(201);
        assertThat(json(retried).path("id").asString())
                .isEqualTo(first.path("id").asString());
        assertThat(json(retried).path("cancelToken").asString())
                .isEqualTo(first.path("cancelToken").asString());
        assertThat(json(retried).path("checkInCode").asString())
                .isEqualTo(first.path("checkInCode").asString());
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(again).path("type").asString()).endsWith("/already-registered");
        assertThat(json(again).path("title").asString()).isEqualTo("该号码已报名本场");
        assertThat(PlaceLedger.of(mongo, session).registrations()).hasSize(1);
        PlaceLedger.of(mongo, session).balances();
    }

    @Test
    void shouldPromoteTheFirstWaitingPartiesThatFitWhenPlacesComeFree() {
        JsonNode pair = json(calls.register(session, phone(1), "PUBLIC", 2, null));
        JsonNode single = json(calls.register(session, phone(2), "PUBLIC", 1, null));
        JsonNode waitingPair = json(calls.register(session, phone(3), "PUBLIC", 2, null));
        JsonNode waitingSingle = json(calls.register(session, phone(4), "PUBLIC", 1, null));
        JsonNode lastSingle = json(calls.register(session, phone(5), "PUBLIC", 1, null));

        cancel(single);
        assertThat(own(waitingSingle).path("status").asString())
                .as("one place free: the pair does not fit, the next single does")
                .isEqualTo("CONFIRMED");
        assertThat(own(waitingSingle).path("promoted").asBoolean()).isTrue();
        assertThat(own(waitingPair).path("position").asInt()).isEqualTo(1);
        assertThat(own(lastSingle).path("position").asInt()).isEqualTo(2);

        cancel(pair);
        assertThat(own(waitingPair).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(own(lastSingle).path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(own(lastSingle).path("position").asInt()).isEqualTo(1);
        PlaceLedger.of(mongo, session).balances();
    }

    @Test
    void shouldLetTheRegistrantCancelOnlyUntilTheDeadlineButStaffAfterIt() {
        JsonNode registered = json(calls.register(session, phone(1), "PUBLIC", 1, null));
        String path = "/api/v1/openday/registrations/" + registered.path("id").asString();
        clock.advance(Duration.ofHours(25)); // the session starts in 23 hours: past the 24-hour deadline

        ResponseEntity<String> late =
                calls.delete(path + "?token=" + registered.path("cancelToken").asString(), null);
        ResponseEntity<String> otherDistrict = calls.delete(path, TestTokens.districtAdmin("jiading"));
        ResponseEntity<String> staff = calls.delete(path, OpendayCalls.XUHUI_ADMIN);
        ResponseEntity<String> again = calls.delete(path, OpendayCalls.XUHUI_ADMIN);

        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(json(late).path("reason").asString()).isEqualTo("CANCELLATION_CLOSED");
        assertThat(otherDistrict.getStatusCode().value()).isEqualTo(404);
        assertThat(staff.getStatusCode().value()).isEqualTo(204);
        assertThat(again.getStatusCode().value()).isEqualTo(204);
        assertThat(own(registered).path("status").asString()).isEqualTo("CANCELLED");
        PlaceLedger.of(mongo, session).balances();
    }

    @Test
    void shouldShowTheRegistrantTheirOwnRegistrationWithTheirTokenOnly() {
        JsonNode registered = json(calls.register(session, "138 1234 5678", "STUDENTS", 2, null));
        String path = "/api/v1/openday/registrations/" + registered.path("id").asString();

        JsonNode own = own(registered);
        ResponseEntity<String> wrong = calls.get(path + "?token=not-the-token", null);

        assertThat(own.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(own.path("phone").asString()).isEqualTo("138****5678");
        assertThat(own.path("audience").asString()).isEqualTo("STUDENTS");
        assertThat(own.path("checkInCode").asString())
                .isEqualTo(registered.path("checkInCode").asString());
        assertThat(Instant.parse(own.path("cancellableUntil").asString()))
                .isBefore(Instant.now().plus(Duration.ofDays(2)));
        assertThat(wrong.getStatusCode().value()).isEqualTo(404);
        assertThat(mongo.findById(registered.path("id").asString(), org.bson.Document.class, "registrations"))
                .as("only a hash of the token is stored")
                .doesNotContainValue(registered.path("cancelToken").asString());
    }

    private JsonNode own(JsonNode registered) {
        return json(calls.get(
                "/api/v1/openday/registrations/" + registered.path("id").asString() + "?token="
                        + registered.path("cancelToken").asString(),
                null));
    }

    private void cancel(JsonNode registered) {
        ResponseEntity<String> cancelled = calls.delete(
                "/api/v1/openday/registrations/" + registered.path("id").asString() + "?token="
                        + registered.path("cancelToken").asString(),
                null);
        assertThat(cancelled.getStatusCode().value()).isEqualTo(204);
    }
}
