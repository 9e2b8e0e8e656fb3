package cn.summerhotline.testsupport;

import cn.summerhotline.embedded.EmbeddedBroker;
import cn.summerhotline.embedded.EmbeddedStore;

/**
 * The store and broker the tests of one JVM share. Real ones are used when {@code MONGODB_URI} or
 * {@code RABBITMQ_HOST} are set (CI points {@code RABBITMQ_HOST} at its RabbitMQ); otherwise embedded
 * ones are started once, on free ports, and published as system properties before any Spring context
 * starts.
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

    private Infrastructure(
            String mongoUri,
            String rabbitHost,
            int rabbitPort,
            String rabbitUser,
            String rabbitPassword,
            String brokerFlavour) {
        this.mongoUri = mongoUri;
        this.rabbitHost = rabbitHost;
        this.rabbitPort = rabbitPort;
        this.rabbitUser = rabbitUser;
        this.rabbitPassword = rabbitPassword;
        this.brokerFlavour = brokerFlavour;
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
                    "rabbitmq");
        }
        EmbeddedBroker broker = EmbeddedBroker.start("guest", "guest");
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        return new Infrastructure(mongoUri, broker.host(), broker.port(), "guest", "guest", EmbeddedBroker.FLAVOUR);
    }

    private void publish() {
        System.setProperty("spring.mongodb.uri", mongoUri);
        System.setProperty("spring.rabbitmq.host", rabbitHost);
        System.setProperty("spring.rabbitmq.port", String.valueOf(rabbitPort));
        System.setProperty("spring.rabbitmq.username", rabbitUser);
        System.setProperty("spring.rabbitmq.password", rabbitPassword);
        System.setProperty("summer.events.broker", brokerFlavour);
        System.setProperty("summer.security.jwt.secret", JWT_SECRET);
    }

    /** True when the tests talk to a real RabbitMQ, which alone can dead-letter and run quorum queues. */
    public boolean realRabbitMq() {
        return "rabbitmq".equals(brokerFlavour);
    }

    public String brokerFlavour() {
        return brokerFlavour;
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
