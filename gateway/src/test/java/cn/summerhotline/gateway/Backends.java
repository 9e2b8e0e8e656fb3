package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;

/** Stand-ins for the services: WireMock servers on free ports, started once per test JVM. */
final class Backends {

    static final WireMockServer COMPLAINT = start();
    static final WireMockServer PUBLICITY = start();
    static final WireMockServer OPENDAY = start();
    /** A second openday-service instance, for the load-balanced route. */
    static final WireMockServer OPENDAY_SECOND = start();

    static final WireMockServer REVIEW = start();

    private Backends() {}

    private static WireMockServer start() {
        // Enough threads that 50 concurrent requests to a delayed stub do not queue behind each other.
        WireMockServer server = new WireMockServer(
                options().dynamicPort().bindAddress("127.0.0.1").containerThreads(120));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    static String url(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** A loopback address where nothing listens: connections are refused, as to a stopped service. */
    static String nothingListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void resetAll() {
        COMPLAINT.resetAll();
        PUBLICITY.resetAll();
        OPENDAY.resetAll();
        OPENDAY_SECOND.resetAll();
        REVIEW.resetAll();
    }
}
