package cn.summerhotline.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * Where the children find their store, broker and token secret: real ones named in the launcher's
 * environment, or the embedded ones the launcher started.
 */
record Endpoints(
        String mongoUri,
        boolean embeddedStore,
        String rabbitHost,
        int rabbitPort,
        String rabbitUser,
        String rabbitPassword,
        String rabbitVhost,
        String brokerFlavour,
        boolean embeddedBroker,
        Optional<String> jwtSecret) {

    static final String EMBEDDED_BROKER_USER = "guest";
    static final String EMBEDDED_BROKER_PASSWORD = "guest";

    /** Starts the embedded store; returns its connection string. */
    interface StoreStarter {
        String start();
    }

    /** Starts the embedded broker for the given user; returns its port on 127.0.0.1. */
    interface BrokerStarter {
        int start(String user, String password);
    }

    /** Gives the persistent local secret. */
    interface SecretSource {
        String secret();
    }

    /**
     * Starts only what the environment does not name. A JWKS URI without a secret means tokens come
     * from an identity provider: no local secret is made, so demo tokens cannot be issued.
     */
    static Endpoints resolve(Map<String, String> env, StoreStarter store, BrokerStarter broker, SecretSource secrets) {
        String mongoUri = value(env, "MONGODB_URI");
        boolean embeddedStore = mongoUri == null;
        if (embeddedStore) {
            mongoUri = store.start();
        }

        String rabbitHost = value(env, "RABBITMQ_HOST");
        boolean embeddedBroker = rabbitHost == null;
        int rabbitPort;
        String user;
        String password;
        String vhost;
        String flavour;
        if (embeddedBroker) {
            rabbitHost = "127.0.0.1";
            user = EMBEDDED_BROKER_USER;
            password = EMBEDDED_BROKER_PASSWORD;
            rabbitPort = broker.start(user, password);
            vhost = "/";
            flavour = "qpid";
        } else {
            rabbitPort = port(env, "RABBITMQ_PORT", 5672);
            user = valueOr(env, "RABBITMQ_USER", "guest");
            password = valueOr(env, "RABBITMQ_PASSWORD", "guest");
            vhost = valueOr(env, "RABBITMQ_VHOST", "/");
            flavour = valueOr(env, "SUMMER_EVENTS_BROKER", "rabbitmq");
        }

        Optional<String> secret = Optional.ofNullable(value(env, "SUMMER_JWT_SECRET"));
        if (secret.isEmpty() && value(env, "SUMMER_JWKS_URI") == null) {
            secret = Optional.of(secrets.secret());
        }
        return new Endpoints(
                mongoUri,
                embeddedStore,
                rabbitHost,
                rabbitPort,
                user,
                password,
                vhost,
                flavour,
                embeddedBroker,
                secret);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String raw = value(env, name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a port number: " + raw, e);
        }
    }

    static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String value = value(env, name);
        return value == null ? fallback : value;
    }
}
