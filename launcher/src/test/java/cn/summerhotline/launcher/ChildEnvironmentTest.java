package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    private static final Endpoints EMBEDDED = LocalEndpoints.EMBEDDED;

    private static final Endpoints REAL_WITH_IDP = new Endpoints(
            "mongodb://db.example:27017",
            false,
            "mq.example",
            5672,
            "hotline",
            "s3cret",
            "summer",
            "rabbitmq",
            false,
            Optional.empty());

    @Test
    void shouldPointAServiceAtTheEmbeddedStoreAndQpidBrokerOnItsOwnPort() {
        Map<String, String> env = ChildEnvironment.of(Module.OPENDAY, EMBEDDED, Map.of());

        assertThat(env)
                .containsEntry("SERVER_PORT", "8083")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:40001")
                .containsEntry("RABBITMQ_HOST", "127.0.0.1")
                .containsEntry("RABBITMQ_PORT", "40002")
                .containsEntry("RABBITMQ_USER", "guest")
                .containsEntry("RABBITMQ_PASSWORD", "guest")
                .containsEntry("SUMMER_EVENTS_BROKER", "qpid")
                .containsEntry("SUMMER_JWT_SECRET", "a-local-secret-that-is-long-enough-for-hs256")
                .containsEntry("COMPLAINT_SERVICE_URL", "http://127.0.0.1:8081")
                .containsEntry("PUBLICITY_SERVICE_URL", "http://127.0.0.1:8082")
                .doesNotContainKey("SPRING_PROFILES_ACTIVE");
    }

    @Test
    void shouldPassRealInfrastructureThroughAndSetNoSecretWithAnIdentityProvider() {
        Map<String, String> env = ChildEnvironment.of(Module.REVIEW, REAL_WITH_IDP, Map.of());

        assertThat(env)
                .containsEntry("SERVER_PORT", "8084")
                .containsEntry("MONGODB_URI", "mongodb://db.example:27017")
                .containsEntry("RABBITMQ_HOST", "mq.example")
                .containsEntry("RABBITMQ_VHOST", "summer")
                .containsEntry("SUMMER_EVENTS_BROKER", "rabbitmq")
                .doesNotContainKey("SUMMER_JWT_SECRET");
    }

    @Test
    void shouldRunTheGatewayInTheLocalProfileWithEveryServiceUrl() {
        Map<String, String> env = ChildEnvironment.of(Module.GATEWAY, EMBEDDED, Map.of());

        assertThat(env)
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("COMPLAINT_SERVICE_URL", "http://127.0.0.1:8081")
                .containsEntry("PUBLICITY_SERVICE_URL", "http://127.0.0.1:8082")
                .containsEntry("OPENDAY_SERVICE_URL", "http://127.0.0.1:8083")
                .containsEntry("REVIEW_SERVICE_URL", "http://127.0.0.1:8084");
    }

    @Test
    void shouldKeepTheUsersProfilesWhenAddingLocalToTheGateway() {
        assertThat(ChildEnvironment.of(Module.GATEWAY, EMBEDDED, Map.of("SPRING_PROFILES_ACTIVE", "debug")))
                .containsEntry("SPRING_PROFILES_ACTIVE", "debug,local");
        assertThat(ChildEnvironment.of(Module.GATEWAY, EMBEDDED, Map.of("SPRING_PROFILES_ACTIVE", "local, debug")))
                .containsEntry("SPRING_PROFILES_ACTIVE", "local, debug");
    }

    @Test
    void shouldKeepActuatorOnEachServicesOwnPortEvenWhenAManagementPortIsSet() {
        Map<String, String> env =
                ChildEnvironment.of(Module.COMPLAINT, EMBEDDED, Map.of("SUMMER_MANAGEMENT_PORT", "9090"));

        assertThat(env).containsEntry("SUMMER_MANAGEMENT_PORT", "");
    }

    @Test
    void shouldHaveTheGatewayBalanceOverEveryOpendayInstanceWhenThereAreSeveral() {
        List<Module> opendays = Module.opendays(Module.forRun(2));

        Map<String, String> env = ChildEnvironment.of(Module.GATEWAY, EMBEDDED, Map.of(), opendays);

        assertThat(env)
                .containsEntry("OPENDAY_SERVICE_URL", "lb://openday")
                .containsEntry("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_0_URI", "http://127.0.0.1:8083")
                .containsEntry("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_1_URI", "http://127.0.0.1:8093")
                .doesNotContainKey("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_2_URI")
                .containsEntry("COMPLAINT_SERVICE_URL", "http://127.0.0.1:8081");
    }

    @Test
    void shouldHaveTheServicesCallTheFirstOpendayInstanceDirectlyWhenThereAreSeveral() {
        List<Module> opendays = Module.opendays(Module.forRun(2));

        assertThat(ChildEnvironment.of(Module.COMPLAINT, EMBEDDED, Map.of(), opendays))
                .containsEntry("OPENDAY_SERVICE_URL", "http://127.0.0.1:8083")
                .doesNotContainKey("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_0_URI");
        assertThat(ChildEnvironment.of(opendays.get(1), EMBEDDED, Map.of(), opendays))
                .containsEntry("SERVER_PORT", "8093")
                .containsEntry("OPENDAY_SERVICE_URL", "http://127.0.0.1:8083")
                .doesNotContainKey("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_OPENDAY_0_URI");
    }

    @Test
    void shouldRouteTheGatewayStraightToTheOneOpendayInstanceWithoutDiscovery() {
        Map<String, String> env =
                ChildEnvironment.of(Module.GATEWAY, EMBEDDED, Map.of(), Module.opendays(Module.forRun(1)));

        assertThat(env).containsEntry("OPENDAY_SERVICE_URL", "http://127.0.0.1:8083");
        assertThat(env.keySet()).noneMatch(key -> key.startsWith("SPRING_CLOUD_DISCOVERY"));
    }
}
