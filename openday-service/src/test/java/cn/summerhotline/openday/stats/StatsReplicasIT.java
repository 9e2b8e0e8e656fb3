package cn.summerhotline.openday.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.openday.OpendayServiceApplication;
import cn.summerhotline.testsupport.InfrastructureExtension;
import cn.summerhotline.testsupport.ServiceClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas on one store count views at the same time, each in memory, each flushing atomic increments: the
 * year's totals are exact, and there within 5 seconds.
 */
@ExtendWith(InfrastructureExtension.class)
class StatsReplicasIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() {
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(OpendayServiceApplication.class).run("--server.port=0");
    }

    private static RestClient http(ConfigurableApplicationContext replica) {
        return ServiceClient.on(replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    void shouldCountViewsOnTwoReplicasExactly() throws Exception {
        MongoOperations mongo = first.getBean(MongoOperations.class);
        for (String collection : new String[] {"cloud_counters", "cloud_participants", "stats_events"}) {
            mongo.remove(new Query(), collection);
        }
        List<RestClient> replicas = List.of(http(first), http(second));
        int threads = 32;
        int visitsEach = 50;
        int visitors = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            RestClient replica = replicas.get(t % 2);
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                int accepted = 0;
                for (int i = 0; i < visitsEach; i++) {
                    String visitor = "visitor-%012d".formatted((thread * visitsEach + i) % visitors);
                    String unit = i % 2 == 0 ? "xuhui" : "jiading";
                    int status = replica.post()
                            .uri("/api/v1/openday/public/2021/visits")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body("{\"visitor\": \"%s\", \"section\": \"RED_CLASSICS\", \"itemId\": \"item-a\","
                                            .formatted(visitor)
                                    + " \"unit\": \"" + unit + "\"}")
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value();
                    accepted += status == 202 ? 1 : 0;
                }
                return accepted;
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Integer> f : done) {
            accepted += f.get();
        }
        pool.shutdown();
        long counted = System.nanoTime();
        int expected = threads * visitsEach;
        assertThat(accepted).isEqualTo(expected);

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    JsonNode stats = stats(replicas.get(1));
                    assertThat(stats.path("totals").path("VIEWS").asLong()).isEqualTo(expected);
                });
        System.out.printf(
                "Stats: %d views over two replicas stored in full %d ms after the last one%n",
                expected, Duration.ofNanos(System.nanoTime() - counted).toMillis());
        JsonNode stats = stats(replicas.get(0));
        assertThat(stats.path("totals").path("PARTICIPANTS").asLong()).isEqualTo(visitors);
        assertThat(stats.path("units").path("xuhui").path("VIEWS").asLong()).isEqualTo(expected / 2);
        assertThat(stats.path("units").path("jiading").path("VIEWS").asLong()).isEqualTo(expected / 2);
        assertThat(stats.path("sections").path("RED_CLASSICS").asLong()).isEqualTo(expected);
        assertThat(stats.path("items").path("item-a").asLong()).isEqualTo(expected);
        assertThat(mongo.count(new Query(), "cloud_participants")).isEqualTo(visitors);
    }

    private static JsonNode stats(RestClient replica) {
        return JsonMapper.builder()
                .build()
                .readTree(replica.get()
                        .uri("/api/v1/openday/public/2021/stats")
                        .retrieve()
                        .body(String.class));
    }
}
