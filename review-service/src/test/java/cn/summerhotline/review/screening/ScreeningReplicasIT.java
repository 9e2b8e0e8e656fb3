package cn.summerhotline.review.screening;

import static cn.summerhotline.review.screening.ScreeningCalls.WORDS;
import static cn.summerhotline.review.screening.ScreeningCalls.entry;
import static cn.summerhotline.review.screening.ScreeningCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.review.ReviewServiceApplication;
import cn.summerhotline.testsupport.InfrastructureExtension;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas of the service on one store, both running before the change: a word added or removed through
 * one is in force on the other within seconds, with no restart.
 */
@ExtendWith(InfrastructureExtension.class)
class ScreeningReplicasIT {

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
        // As arguments: they outrank application.yml, whose port is the service's fixed one.
        return new SpringApplicationBuilder(ReviewServiceApplication.class).run("--server.port=0");
    }

    private static ScreeningCalls calls(ConfigurableApplicationContext replica) {
        return new ScreeningCalls(replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    void shouldMatchAWordAddedThroughOneReplicaOnTheOtherWithinSeconds() {
        ScreeningCalls one = calls(first);
        ScreeningCalls other = calls(second);
        String text = "副本之间的同步示例词";
        assertThat(other.screen(text).path("matches")).as("before the change").isEmpty();

        long added = System.nanoTime();
        JsonNode stored = json(one.post(WORDS, TestTokens.cityAdmin(), entry("同步示例", "副本测试", "BLOCK")));
        assertThat(stored.path("added")).hasSize(1);
        assertThat(one.screen(text).path("blocked").asBoolean())
                .as("the replica that took the change, at once")
                .isTrue();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(
                        () -> assertThat(other.screen(text).path("blocked").asBoolean())
                                .isTrue());
        System.out.printf(
                "Screening reload: the other replica matched the added word %d ms after it was stored%n",
                Duration.ofNanos(System.nanoTime() - added).toMillis());
        JsonNode match = other.screen(text).path("matches").get(0);
        assertThat(match.path("found").asString()).isEqualTo("同步示例");
        assertThat(match.path("start").asInt()).isEqualTo(text.indexOf("同步示例"));

        String id = stored.path("added").get(0).path("id").asString();
        assertThat(one.delete(WORDS + "/" + id, TestTokens.cityAdmin())
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(
                        () -> assertThat(other.screen(text).path("matches")).isEmpty());
    }
}
