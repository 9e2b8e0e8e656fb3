package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Infrastructure;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * openday-service as two instances behind the gateway, as the local run starts them with
 * SUMMER_OPENDAY_INSTANCES=2: the route names {@code lb://openday} and the instances are listed statically. Each
 * instance takes a share of the requests, and a caller sees every answer as if there were one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancedRouteIT {

    private static final String QUIZZES = "/api/v1/openday/public/2021/quizzes";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("summer.security.jwt.secret", () -> Infrastructure.JWT_SECRET);
        registry.add("summer.gateway.services.complaint", () -> Backends.url(Backends.COMPLAINT));
        registry.add("summer.gateway.services.publicity", () -> Backends.url(Backends.PUBLICITY));
        registry.add("summer.gateway.services.review", () -> Backends.url(Backends.REVIEW));
        registry.add("summer.gateway.services.openday", () -> "lb://openday");
        registry.add(
                "spring.cloud.discovery.client.simple.instances.openday[0].uri", () -> Backends.url(Backends.OPENDAY));
        registry.add(
                "spring.cloud.discovery.client.simple.instances.openday[1].uri",
                () -> Backends.url(Backends.OPENDAY_SECOND));
        registry.add("summer.gateway.rate-limit.limit-for-period", () -> "10000");
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void stubBothInstances() {
        Backends.resetAll();
        for (WireMockServer instance : List.of(Backends.OPENDAY, Backends.OPENDAY_SECOND)) {
            instance.stubFor(get(urlPathEqualTo(QUIZZES))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody("[{\"id\":\"quiz-1\",\"title\":\"垃圾分类知多少\"}]")));
        }
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void shouldShareTheRequestsBetweenTheInstancesAndAnswerEachAsOne() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            client.get()
                    .uri(QUIZZES)
                    .exchange()
                    .expectBody(String.class)
                    .value(body -> assertThat(body).contains("垃圾分类知多少"));
        }
        for (int i = 0; i < 10; i++) {
            statuses.add(client.get()
                    .uri(QUIZZES)
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value());
        }

        int first = Backends.OPENDAY
                .countRequestsMatching(getRequestedFor(urlPathEqualTo(QUIZZES)).build())
                .getCount();
        int second = Backends.OPENDAY_SECOND
                .countRequestsMatching(getRequestedFor(urlPathEqualTo(QUIZZES)).build())
                .getCount();
        assertThat(statuses).containsOnly(200);
        assertThat(first + second).isEqualTo(20);
        assertThat(first).as("requests to the first instance").isPositive();
        assertThat(second).as("requests to the second instance").isPositive();
    }
}
