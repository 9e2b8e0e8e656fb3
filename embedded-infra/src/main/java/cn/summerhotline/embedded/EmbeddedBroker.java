package cn.summerhotline.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.qpid.server.SystemLauncher;

/**
 * An AMQP 0-9-1 broker (Apache Qpid Broker-J, in memory) on a free loopback port, with one user and a
 * default virtual host so that vhost {@code /} works. Qpid is not RabbitMQ: queues need Qpid's own
 * arguments for dead-lettering (see the platform's event topology).
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** The broker flavour the services must declare queues for; see {@code summer.events.broker}. */
    public static final String FLAVOUR = "qpid";

    private final SystemLauncher launcher = new SystemLauncher();
    private final int port;
    private final String username;
    private final String password;

    private EmbeddedBroker(int port, String username, String password) {
        this.port = port;
        this.username = username;
        this.password = password;
    }

    public static EmbeddedBroker start(String username, String password) {
        EmbeddedBroker broker = new EmbeddedBroker(freePort(), username, password);
        broker.startup();
        return broker;
    }

    private void startup() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("type", "Memory");
        attributes.put(
                "initialConfigurationLocation",
                Objects.requireNonNull(getClass().getResource("qpid-initial-config.json"))
                        .toExternalForm());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put(
                "context",
                Map.of(
                        "qpid.amqp_port",
                        String.valueOf(port),
                        "qpid.user",
                        username,
                        "qpid.password",
                        password,
                        "qpid.work_dir",
                        System.getProperty("java.io.tmpdir") + "/summer-qpid-" + port,
                        "qpid.broker.defaultPreferenceStoreAttributes",
                        "{\"type\": \"Noop\"}"));
        try {
            launcher.startup(attributes);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded AMQP broker did not start on port " + port, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded broker", e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        launcher.shutdown();
    }
}
