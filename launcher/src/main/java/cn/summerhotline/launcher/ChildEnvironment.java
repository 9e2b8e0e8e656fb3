package cn.summerhotline.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment variables one child gets on top of the launcher's own environment. */
final class ChildEnvironment {

    private ChildEnvironment() {}

    /** A run with the one openday-service instance. */
    static Map<String, String> of(Module module, Endpoints endpoints, Map<String, String> inherited) {
        return of(module, endpoints, inherited, List.of(Module.OPENDAY));
    }

    /** {@code opendays}: the openday-service instances of the run, the first first. */
    static Map<String, String> of(
            Module module, Endpoints endpoints, Map<String, String> inherited, List<Module> opendays) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(module.port()));
        // One management port for five JVMs on one machine would clash, and the readiness checks ask the
        // service port: in the local run actuator stays there (metrics need a CITY_ADMIN token).
        env.put("SUMMER_MANAGEMENT_PORT", "");
        env.put("MONGODB_URI", endpoints.mongoUri());
        env.put("RABBITMQ_HOST", endpoints.rabbitHost());
        env.put("RABBITMQ_PORT", String.valueOf(endpoints.rabbitPort()));
        env.put("RABBITMQ_USER", endpoints.rabbitUser());
        env.put("RABBITMQ_PASSWORD", endpoints.rabbitPassword());
        env.put("RABBITMQ_VHOST", endpoints.rabbitVhost());
        env.put("SUMMER_EVENTS_BROKER", endpoints.brokerFlavour());
        endpoints.jwtSecret().ifPresent(secret -> env.put("SUMMER_JWT_SECRET", secret));
        // Services call each other (Feign) and the gateway routes to them: all on loopback here.
        env.put("COMPLAINT_SERVICE_URL", Module.COMPLAINT.localUrl());
        env.put("PUBLICITY_SERVICE_URL", Module.PUBLICITY.localUrl());
        env.put("OPENDAY_SERVICE_URL", Module.OPENDAY.localUrl());
        env.put("REVIEW_SERVICE_URL", Module.REVIEW.localUrl());
        if (module.isGateway()) {
            env.put("SPRING_PROFILES_ACTIVE", withLocalProfile(Endpoints.value(inherited, "SPRING_PROFILES_ACTIVE")));
            if (opendays.size() > 1) {
                env.putAll(balancedOpenday(opendays));
            }
        }
        return env;
    }

    /**
     * With several openday-service instances only the gateway spreads the load over them: its openday routes go
     * to {@code lb://openday}, which Spring Cloud LoadBalancer resolves round-robin over the instances the simple
     * discovery client lists (Boot binds these variables to
     * {@code spring.cloud.discovery.client.simple.instances.openday[i].uri}). The services keep calling the first
     * instance directly: the instances share one store and broker, so any of them answers the same, and the
     * benchmark's load comes in through the gateway.
     */
    private static Map<String, String> balancedOpenday(List<Module> opendays) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENDAY_SERVICE_URL", "lb://openday");
        for (int i = 0; i < opendays.size(); i++) {
            env.put(
                    "SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_" + i + "_URI",
                    opendays.get(i).localUrl());
        }
        return env;
    }

    /** The demo token endpoint lives in the gateway's {@code local} profile; keep any profile the user set. */
    private static String withLocalProfile(String profiles) {
        if (profiles == null) {
            return "local";
        }
        for (String profile : profiles.split(",")) {
            if (profile.trim().equals("local")) {
                return profiles;
            }
        }
        return profiles + ",local";
    }
}
