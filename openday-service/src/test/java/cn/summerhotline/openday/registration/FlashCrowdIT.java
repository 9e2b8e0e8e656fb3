package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.json;
import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.Crowd;
import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.PlaceLedger;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Ten times the demand the places can take, all at once on 256 threads: no quota and no capacity exceeded, each place counted
 * once, the waiting list numbered without gaps; cancellations racing new registrations hand their places to the
 * first of the waiting list and to nobody else.
 */
@ServiceTest
class FlashCrowdIT {

    private static final int THREADS = 256;

    @LocalServerPort
    int port;

    @Autowired
    Venues venues;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ConnectionFactory broker;

    OpendayCalls calls;
    String venue;
    EventTap subscriber;

    @BeforeEach
    void aVenueWhoseEventsHaveASubscriber() {
        calls = new OpendayCalls(port);
        venue = OpendayCalls.xuhuiVenue(venues).id();
        // Without a bound queue the embedded broker refuses mandatory events now and then (STACK-NOTES), and the
        // relay's sweeps for them would slow the crowd down: in production a consumer is bound.
        subscriber = EventTap.bind(broker, "flash-crowd-it", "registration.#");
    }

    @AfterEach
    void cleanUp() {
        subscriber.close();
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldNeverOversellWhenTenTimesTheDemandArrivesAtOnce() {
        String session =
                calls.session(venue, Instant.now().plus(Duration.ofDays(2)), 60, Map.of("PUBLIC", 40, "STUDENTS", 20));
        Random random = new Random(715);
        List<Callable<ResponseEntity<String>>> attempts = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            String audience = random.nextInt(4) == 0 ? "STUDENTS" : "PUBLIC";
            int party = 1 + random.nextInt(3);
            String phone = phone(n);
            attempts.add(() -> calls.register(session, phone, audience, party, null));
        }
        for (int n = 0; n < 30; n++) { // the same phones again, in the same crowd
            String phone = phone(n * 7);
            attempts.add(() -> calls.register(session, phone, "PUBLIC", 1, null));
        }

        long started = System.nanoTime();
        List<ResponseEntity<String>> answers = Crowd.run(THREADS, attempts);
        System.out.printf(
                "Flash crowd: %d attempts on %d threads in %d ms%n",
                answers.size(),
                THREADS,
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(answers.stream().map(a -> a.getStatusCode().value()).distinct())
                .containsOnly(201, 409);
        assertThat(answers.stream().filter(a -> a.getStatusCode().value() == 409))
                .hasSize(30);
        PlaceLedger ledger = PlaceLedger.of(mongo, session);
        ledger.balances();
        assertThat(ledger.confirmed("PUBLIC"))
                .as("single parties wait: every place is given")
                .isEqualTo(40);
        assertThat(ledger.confirmed("STUDENTS")).isEqualTo(20);
        Map<String, JsonNode> byId = answers.stream()
                .filter(a -> a.getStatusCode().value() == 201)
                .map(OpendayCalls::json)
                .collect(Collectors.toMap(r -> r.path("id").asString(), r -> r));
        for (String audience : List.of("PUBLIC", "STUDENTS")) {
            List<Document> waiting = ledger.waiting(audience);
            assertThat(waiting).isNotEmpty();
            for (int i = 0; i < Math.min(10, waiting.size()); i++) {
                JsonNode own = own(byId.get(waiting.get(i).getString("_id")));
                assertThat(own.path("position").asInt())
                        .as("the registrant's position is their place in the " + audience + " waiting list")
                        .isEqualTo(i + 1);
            }
        }
    }

    private JsonNode own(JsonNode registered) {
        return json(calls.get(
                "/api/v1/openday/registrations/" + registered.path("id").asString() + "?token="
                        + registered.path("cancelToken").asString(),
                null));
    }

    @Test
    void shouldHandFreedPlacesToTheHeadOfTheWaitingListWhileNewRegistrationsRace() {
        String session = calls.session(venue, Instant.now().plus(Duration.ofDays(2)), 50, Map.of("PUBLIC", 50));
        List<JsonNode> confirmed = Crowd.run(THREADS, tasks(0, 50, session)).stream()
                .map(OpendayCalls::json)
                .toList();
        List<JsonNode> waiting = new ArrayList<>();
        for (int n = 50; n < 110; n++) { // one by one: their order is known
            waiting.add(json(calls.register(session, phone(n), "PUBLIC", 1, null)));
        }
        assertThat(waiting).allMatch(w -> w.path("status").asString().equals("WAITLISTED"));

        List<Callable<ResponseEntity<String>>> race = new ArrayList<>(tasks(1_000, 200, session));
        confirmed.subList(0, 20).forEach(r -> race.add(() -> cancel(r)));
        waiting.subList(40, 50).forEach(r -> race.add(() -> cancel(r)));
        java.util.Collections.shuffle(race, new Random(2021));
        List<ResponseEntity<String>> answers = Crowd.run(THREADS, race);

        assertThat(answers.stream().map(a -> a.getStatusCode().value()).distinct())
                .containsOnly(201, 204);
        PlaceLedger ledger = PlaceLedger.of(mongo, session);
        ledger.balances();
        assertThat(ledger.confirmed("PUBLIC")).isEqualTo(50);
        List<String> promoted = ledger.inStatus("CONFIRMED").stream()
                .filter(r -> Boolean.TRUE.equals(r.getBoolean("promoted")))
                .map(r -> r.getString("_id"))
                .sorted()
                .toList();
        assertThat(promoted)
                .as("the first 20 of the waiting list, nobody who came later")
                .isEqualTo(waiting.subList(0, 20).stream()
                        .map(w -> w.path("id").asString())
                        .sorted()
                        .toList());
    }

    private List<Callable<ResponseEntity<String>>> tasks(int from, int count, String session) {
        List<Callable<ResponseEntity<String>>> tasks = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            String phone = phone(n);
            tasks.add(() -> calls.register(session, phone, "PUBLIC", 1, null));
        }
        return tasks;
    }

    private ResponseEntity<String> cancel(JsonNode registered) {
        return calls.delete(
                "/api/v1/openday/registrations/" + registered.path("id").asString() + "?token="
                        + registered.path("cancelToken").asString(),
                null);
    }
}
