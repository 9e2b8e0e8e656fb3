package cn.summerhotline.openday.openday.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.PlanningApi;
import cn.summerhotline.platform.organisation.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The 2021 open day from the seed: there after start-up, written once however often and by how many it runs. */
class OpenDaySeedIT extends PlanningApi {

    private static final int SEED_RECORDS = 19; // 18 venues and the open day

    @Autowired
    OpenDaySeed seed;

    @AfterEach
    void seedAsShipped() {
        remove2021();
        seed.load();
    }

    @Test
    void shouldServeThe2021OpenDayOfThePlanAfterStartUp() {
        JsonNode day = get("/api/v1/openday/2021", null).expect(200).json();

        assertThat(day.path("date").asString()).isEqualTo("2021-07-15");
        assertThat(day.path("theme").asString()).isEqualTo("建党百年不忘初心，牢记使命执法为民");
        assertThat(day.path("planDeadline").asString()).isEqualTo("2021-07-05");
        assertThat(day.path("mainVenueId").asString()).isEqualTo("2021-songjiang-main");
        List<JsonNode> venues =
                day.path("venues").valueStream().map(v -> v.path("venue")).toList();
        assertThat(venues).hasSize(18);
        JsonNode main = venues.get(0);
        assertThat(main.path("kind").asString()).isEqualTo("MAIN");
        assertThat(main.path("hostUnit").asString()).isEqualTo("songjiang");
        assertThat(main.path("hostUnitName").asString()).isEqualTo("松江区");
        List<String> subHosts = venues.stream()
                .filter(v -> v.path("kind").asString().equals("SUB"))
                .map(v -> v.path("hostUnit").asString())
                .toList();
        List<String> expected = new ArrayList<>(Unit.ofKind(Unit.Kind.DISTRICT_BUREAU).stream()
                .map(Unit::code)
                .filter(code -> !code.equals("songjiang"))
                .toList());
        expected.addAll(List.of("corps", "lingang"));
        assertThat(subHosts).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode pudong = venues.stream()
                .filter(v -> v.path("hostUnit").asString().equals("pudong"))
                .findFirst()
                .orElseThrow();
        assertThat(pudong.path("joiningUnits")
                        .valueStream()
                        .map(u -> u.path("code").asString()))
                .containsExactly("airport", "ftz");
        assertThat(pudong.path("activities")).hasSize(5);
        assertThat(day.path("venues").get(1).path("sessions")).isEmpty();
    }

    @Test
    void shouldWriteNothingOnASecondRun() {
        long venues = count("venues");

        assertThat(seed.load()).isZero();

        assertThat(count("venues")).isEqualTo(venues);
        assertThat(count("open_days")).isEqualTo(1 + 1); // 2021 and the test's own year
    }

    @Test
    void shouldWriteEachRecordOnceWhenTwoReplicasStartTogetherOnAnEmptyStore() throws Exception {
        remove2021();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return seed.load();
                }));
            }
            start.countDown();
            int written = runs.get(0).get() + runs.get(1).get();

            assertThat(written).isEqualTo(SEED_RECORDS);
            assertThat(count("venues")).isEqualTo(18);
            assertThat(seed.load()).isZero();
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void shouldKeepWhatAdminsChangedWhenARunCutShortIsRunAgain() {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is("2021-xuhui-sub")),
                new Update().set("address", "徐汇区天平路 1 号"),
                "venues");
        mongo.remove(Query.query(Criteria.where("_id").is(2021)), "open_days");
        mongo.remove(Query.query(Criteria.where("_id").is("2021-corps-sub")), "venues");

        assertThat(seed.load()).isEqualTo(2); // the corps' venue and the open day

        Document xuhui = mongo.findById("2021-xuhui-sub", Document.class, "venues");
        assertThat(xuhui.getString("address")).isEqualTo("徐汇区天平路 1 号");
        assertThat(count("venues")).isEqualTo(18);
    }

    private long count(String collection) {
        return mongo.count(
                Query.query(Criteria.where(collection.equals("venues") ? "year" : "_id")
                        .in(2021, YEAR)),
                collection);
    }

    private void remove2021() {
        mongo.remove(Query.query(Criteria.where("_id").is(2021)), "open_days");
        mongo.remove(Query.query(Criteria.where("year").is(2021)), "venues");
    }
}
