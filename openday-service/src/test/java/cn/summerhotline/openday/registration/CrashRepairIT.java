package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.json;
import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.PlaceLedger;
import cn.summerhotline.openday.registration.application.Places;
import cn.summerhotline.openday.registration.application.RegistrationSecrets;
import cn.summerhotline.openday.registration.application.Registrations;
import cn.summerhotline.openday.registration.application.RepairPlaces;
import cn.summerhotline.openday.registration.model.Registrant;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.platform.time.AdjustableClock;
import cn.summerhotline.testsupport.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * An instance stopped between the steps of a registration or a cancellation, played by taking the steps through
 * the same ports and stopping: the repair finishes each with the counter as the truth, and no place is lost or
 * counted twice.
 */
@ServiceTest
class CrashRepairIT {

    @LocalServerPort
    int port;

    @Autowired
    Venues venues;

    @Autowired
    Sessions sessions;

    @Autowired
    Registrations registrations;

    @Autowired
    Places places;

    @Autowired
    RegistrationSecrets secrets;

    @Autowired
    RepairPlaces repair;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void cleanUp() {
        clock.reset();
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldFinishWhatAStoppedInstanceLeftHalfDone() {
        OpendayCalls calls = new OpendayCalls(port);
        String sessionId = calls.session(
                OpendayCalls.xuhuiVenue(venues).id(), Instant.now().plus(Duration.ofDays(2)), 3, Map.of("PUBLIC", 3));
        Session session = sessions.byId(sessionId).orElseThrow();
        JsonNode cancelling = json(calls.register(sessionId, phone(1), "PUBLIC", 1, null));
        Registration tookItsPlace = pending(session, phone(2));
        assertThat(places.take(session, tookItsPlace.id(), Audience.PUBLIC, 1, Places.Take.NEWCOMER))
                .isTrue();
        Registration onlyInserted = pending(session, phone(3));
        JsonNode last = json(calls.register(sessionId, phone(4), "PUBLIC", 1, null));
        JsonNode waiting = json(calls.register(sessionId, phone(5), "PUBLIC", 1, null));
        Registration cancelled =
                registrations.byId(cancelling.path("id").asString()).orElseThrow();
        assertThat(registrations.cancel(cancelled, RegistrationStatus.CONFIRMED, clock.instant(), false))
                .isTrue(); // and stopped before giving its place back
        assertThat(last.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(waiting.path("status").asString()).isEqualTo("WAITLISTED");
        assertThatThrownBy(() -> PlaceLedger.of(mongo, sessionId).balances())
                .as("before the repair")
                .isInstanceOf(AssertionError.class);

        repair.run();
        assertThat(status(onlyInserted.id()))
                .as("too recent for the repair: its own request may still be running")
                .isEqualTo("PENDING");
        assertThat(status(tookItsPlace.id())).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(2));
        repair.run();

        PlaceLedger ledger = PlaceLedger.of(mongo, sessionId);
        ledger.balances();
        assertThat(status(tookItsPlace.id())).as("it held its place: confirmed").isEqualTo("CONFIRMED");
        assertThat(status(waiting.path("id").asString()))
                .as("the cancelled place went to the head of the waiting list")
                .isEqualTo("CONFIRMED");
        assertThat(status(onlyInserted.id()))
                .as("no place left: it waits behind")
                .isEqualTo("WAITLISTED");
        assertThat(ledger.waiting("PUBLIC")).hasSize(1);
        assertThat(repair.run()).as("nothing left to repair").isZero();
        PlaceLedger.of(mongo, sessionId).balances();
    }

    private Registration pending(Session session, String phone) {
        String id = secrets.registrationId();
        Registration pending = Registration.pending(
                id,
                session.id(),
                session.venueId(),
                session.hostUnit(),
                Audience.PUBLIC,
                new Registrant("李四", phone, 1),
                secrets.checkInCode(),
                RegistrationSecrets.hash(secrets.token(id)),
                clock.instant());
        assertThat(registrations.insert(pending)).isTrue();
        return pending;
    }

    private String status(String id) {
        return registrations.byId(id).orElseThrow().status().name();
    }
}
