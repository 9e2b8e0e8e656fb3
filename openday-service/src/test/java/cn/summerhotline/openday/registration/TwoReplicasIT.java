package cn.summerhotline.openday.registration;

import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.Crowd;
import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.OpendayServiceApplication;
import cn.summerhotline.openday.PlaceLedger;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.testsupport.InfrastructureExtension;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one store, as ops scale it out: a crowd spread over both, then cancellations on
 * both racing new registrations on both. No quota or capacity exceeded, nothing counted twice, the waiting list
 * promoted in order: each instance's guards are the store's, none is in memory.
 */
@ExtendWith(InfrastructureExtension.class)
class TwoReplicasIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static EventTap subscriber;

    @BeforeAll
    static void startTwoInstances() {
        first = instance();
        second = instance();
        subscriber = EventTap.bind(first.getBean(ConnectionFactory.class), "two-replicas-it", "registration.#");
    }

    @AfterAll
    static void stopThem() {
        if (subscriber != null) {
            subscriber.close();
        }
        if (first != null) {
            RegistrationStores.clean(first.getBean(MongoOperations.class));
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(OpendayServiceApplication.class).run("--server.port=0");
    }

    private static OpendayCalls calls(ConfigurableApplicationContext instance) {
        return new OpendayCalls(instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    void shouldNeverOversellNorPromoteOutOfOrderAcrossTwoInstances() {
        OpendayCalls one = calls(first);
        OpendayCalls other = calls(second);
        String venue = OpendayCalls.xuhuiVenue(first.getBean(Venues.class)).id();
        String session =
                one.session(venue, Instant.now().plus(Duration.ofDays(2)), 40, Map.of("PUBLIC", 30, "MEDIA", 10));

        Random random = new Random(15);
        List<Callable<ResponseEntity<String>>> crowd = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            OpendayCalls via = n % 2 == 0 ? one : other;
            String phone = phone(n);
            String audience = random.nextInt(4) == 0 ? "MEDIA" : "PUBLIC";
            crowd.add(() -> via.register(session, phone, audience, 1, null));
        }
        List<JsonNode> answers =
                Crowd.run(200, crowd).stream().map(OpendayCalls::json).toList();
        PlaceLedger afterCrowd = PlaceLedger.of(first.getBean(MongoOperations.class), session);
        afterCrowd.balances();
        assertThat(afterCrowd.confirmed("PUBLIC")).isEqualTo(30);
        assertThat(afterCrowd.confirmed("MEDIA")).isEqualTo(10);
        List<String> headOfTheList = afterCrowd.waiting("PUBLIC").subList(0, 10).stream()
                .map(w -> w.getString("_id"))
                .sorted()
                .toList();

        List<JsonNode> confirmedPublic = answers.stream()
                .filter(a -> a.path("status").asString().equals("CONFIRMED"))
                .filter(a -> afterCrowd.inStatus("CONFIRMED").stream()
                        .anyMatch(r -> r.getString("_id").equals(a.path("id").asString())
                                && r.getString("audience").equals("PUBLIC")))
                .toList();
        List<Callable<ResponseEntity<String>>> race = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonNode leaving = confirmedPublic.get(i);
            OpendayCalls via = i % 2 == 0 ? other : one;
            race.add(() -> via.delete(
                    "/api/v1/openday/registrations/" + leaving.path("id").asString() + "?token="
                            + leaving.path("cancelToken").asString(),
                    null));
        }
        for (int n = 1_000; n < 1_100; n++) {
            OpendayCalls via = n % 2 == 0 ? one : other;
            String phone = phone(n);
            race.add(() -> via.register(session, phone, "PUBLIC", 1, null));
        }
        Collections.shuffle(race, new Random(7));
        List<ResponseEntity<String>> raced = Crowd.run(200, race);

        assertThat(raced.stream().map(a -> a.getStatusCode().value()).distinct())
                .containsOnly(201, 204);
        PlaceLedger ledger = PlaceLedger.of(first.getBean(MongoOperations.class), session);
        ledger.balances();
        assertThat(ledger.confirmed("PUBLIC")).isEqualTo(30);
        List<String> promoted = ledger.inStatus("CONFIRMED").stream()
                .filter(r -> Boolean.TRUE.equals(r.getBoolean("promoted")))
                .map(r -> r.getString("_id"))
                .sorted()
                .toList();
        assertThat(promoted).as("the ten at the head of the waiting list").isEqualTo(headOfTheList);
    }
}
