package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> body = new AtomicReference<>("{\"status\":\"UP\"}");
    private HttpServer server;
    private String baseUrl;

    @BeforeEach
    void startActuatorLookAlike() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldSeeAServiceWhoseReadinessGroupIsUp() {
        body.set("{\"status\":\"UP\",\"components\":{\"mongo\":{\"status\":\"UP\"}}}");

        assertThat(new Readiness().ready(baseUrl)).isTrue();
    }

    @Test
    void shouldNotSeeAServiceWhoseBrokerIsDownAsReady() {
        status.set(503);
        body.set("{\"status\":\"DOWN\",\"components\":{\"rabbit\":{\"status\":\"DOWN\"}}}");

        assertThat(new Readiness().ready(baseUrl)).isFalse();
    }

    @Test
    void shouldNotTakeAnUnknownGroupForReadyEvenWithStatus200() {
        body.set("{\"status\":\"UNKNOWN\",\"components\":{\"ping\":{\"status\":\"UP\"}}}");

        assertThat(new Readiness().ready(baseUrl)).isFalse();
    }

    @Test
    void shouldNotSeeAServiceThatIsNotListeningYet() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(new Readiness().ready("http://127.0.0.1:" + closedPort)).isFalse();
    }
}
