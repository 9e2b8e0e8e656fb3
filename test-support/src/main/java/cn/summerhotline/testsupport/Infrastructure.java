package cn.summerhotline.testsupport;

import cn.summerhotline.embedded.EmbeddedBroker;
import cn.summerhotline.embedded.EmbeddedStore;
import java.nio.file.Path;

/**
 * The store and broker the tests of one JVM share. Real ones are used when {@code MONGODB_URI} or
 * {@code RABBITMQ_HOST} are set (CI points {@code RABBITMQ_HOST} at its RabbitMQ); otherwise embedded
 * ones are started once, on free ports, and published as system properties before any Spring context
 * starts.
 *
 * <p>On a real RabbitMQ the events exchange is the module's own ({@code summer.events.test-<module>}, the test
 * JVM's working directory): the modules' test JVMs run at the same time against the one broker, and on a shared
 * exchange one module's events would reach another's queues (a publicity test's content.submitted in
 * review-service's). Named after the module, not at random, so that runs reuse the same few exchanges. Tests that
 * publish or listen by hand use {@link #eventsExchange()}.
 */
public final class Infrastructure {

    public static final String JWT_SECRET = "summer-hotline-test-secret-of-at-least-32-bytes";

    private static volatile Infrastructure current;

    private final String mongoUri;
    private final String rabbitHost;
    private final int rabbitPort;
    private final String rabbitUser;
    private final String rabbitPassword;
    private final String brokerFlavour;
    private final String eventsExchange;

    private Infrastructure(
            String mongoUri,
            String rabbitHost,
            int rabbitPort,
            String rabbitUser,
            String rabbitPassword,
            String brokerFlavour,
            String eventsExchange) {
        this.mongoUri = mongoUri;
        this.rabbitHost = rabbitHost;
        this.rabbitPort = rabbitPort;
        this.rabbitUser = rabbitUser;
        this.rabbitPassword = rabbitPassword;
        this.brokerFlavour = brokerFlavour;
        this.eventsExchange = eventsExchange;
    }

    public static synchronized Infrastructure start() {
        if (current == null) {
            current = create();
            current.publish();
        }
        return current;
    }

    private static Infrastructure create() {
        String mongoUri = env("MONGODB_URI");
        if (mongoUri == null) {
            EmbeddedStore store = EmbeddedStore.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            mongoUri = store.uri();
        }
        String host = env("RABBITMQ_HOST");
        if (host != null) {
            return new Infrastructure(
                    mongoUri,
                    host,
                    Integer.parseInt(envOr("RABBITMQ_PORT", "5672")),
                    envOr("RABBITMQ_USER", "guest"),
                    envOr("RABBITMQ_PASSWORD", "guest"),
                    "rabbitmq",
                    "summer.events.test-" + moduleName());
        }
        EmbeddedBroker broker = EmbeddedBroker.start("guest", "guest");
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        return new Infrastructure(
                mongoUri, broker.host(), broker.port(), "guest", "guest", EmbeddedBroker.FLAVOUR, "summer.events");
    }

    private void publish() {
        System.setProperty("spring.mongodb.uri", mongoUri);
        System.setProperty("spring.rabbitmq.host", rabbitHost);
        System.setProperty("spring.rabbitmq.port", String.valueOf(rabbitPort));
        System.setProperty("spring.rabbitmq.username", rabbitUser);
        System.setProperty("spring.rabbitmq.password", rabbitPassword);
        System.setProperty("summer.events.broker", brokerFlavour);
        System.setProperty("summer.events.exchange", eventsExchange);
        System.setProperty("summer.security.jwt.secret", JWT_SECRET);
    }

    /** True when the tests talk to a real RabbitMQ, which alone can dead-letter and run quorum queues. */
    public boolean realRabbitMq() {
        return "rabbitmq".equals(brokerFlavour);
    }

    public String brokerFlavour() {
        return brokerFlavour;
    }

    /** The topic exchange the services of this JVM publish their events to and bind their queues on. */
    public String eventsExchange() {
        return eventsExchange;
    }

    /** The module whose tests run in this JVM: Surefire and Failsafe start it in the module's directory. */
    private static String moduleName() {
        Path directory =
                Path.of(System.getProperty("user.dir")).toAbsolutePath().getFileName();
        String name = directory == null ? "tests" : directory.toString().replaceAll("[^A-Za-z0-9-]", "-");
        return name.isEmpty() ? "tests" : name;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String rabbitHost() {
        return rabbitHost;
    }

    public int rabbitPort() {
        return rabbitPort;
    }

    public String rabbitUser() {
        return rabbitUser;
    }

    public String rabbitPassword() {
        return rabbitPassword;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String envOr(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }
}
