package cn.summerhotline.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The other side of a service's Feign client: WireMock on a free loopback port, standing in for the service the
 * client is named after. Register it and hand its address to the client:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");
 *
 * @DynamicPropertySource
 * static void remote(DynamicPropertyRegistry registry) {
 *     COMPLAINTS.register(registry);
 * }
 * }</pre>
 *
 * Each test starts with no stubs and no requests recorded. Circuit breakers are the application's: a test that
 * opens one resets them (the {@code CircuitBreakerRegistry}'s breakers) before the next.
 */
public final class RemoteService implements BeforeEachCallback {

    private final String name;
    private final WireMockServer server;

    private RemoteService(String name) {
        this.name = name;
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    /** A stand-in for the service the Feign client of that name calls, started at once. */
    public static RemoteService named(String clientName) {
        return new RemoteService(clientName);
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Points the Feign client of this name at the stand-in. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.openfeign.client.config." + name + ".url", this::url);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
    }

    /** Answers requests to the path (any method) with 200 and this JSON. */
    public void answersJson(String path, String json) {
        server.stubFor(any(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    /** Answers every request with a problem+json of the platform's shape. */
    public void answersProblem(int status, String type, String title) {
        answersProblem(status, type, title, null);
    }

    public void answersProblem(int status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(Json.write(problem))));
    }

    /** Drops every connection unanswered, as a crashing service does. */
    public void isDown() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Answers every request with 200 and {@code {}}, but only after the delay. */
    public void isSlow(Duration delay) {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")
                        .withFixedDelay((int) delay.toMillis())));
    }

    /** The requests received since the test began, oldest first. */
    public List<LoggedRequest> received() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(0, event.getRequest()); // WireMock lists the latest first
        }
        return requests;
    }

    /** The bearer token of the last request received, or {@code null} without one. */
    public String receivedToken() {
        String authorization = lastHeader("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    /** The {@code X-Request-Id} of the last request received. */
    public String receivedRequestId() {
        return lastHeader("X-Request-Id");
    }

    public String lastHeader(String name) {
        List<LoggedRequest> requests = received();
        if (requests.isEmpty()) {
            throw new AssertionError(this.name + " received no request");
        }
        return requests.get(requests.size() - 1).getHeader(name);
    }

    /** WireMock itself, for a stub these helpers do not offer. */
    public WireMockServer server() {
        return server;
    }
}
