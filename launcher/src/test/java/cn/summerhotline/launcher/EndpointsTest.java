package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    private final List<String> started = new ArrayList<>();

    private Endpoints resolve(Map<String, String> env) {
        return Endpoints.resolve(
                env,
                () -> {
                    started.add("store");
                    return "mongodb://127.0.0.1:40001";
                },
                (user, password) -> {
                    started.add("broker " + user + "/" + password);
                    return 40002;
                },
                () -> {
                    started.add("secret");
                    return "a-local-secret-that-is-long-enough-for-hs256";
                });
    }

    @Test
    void shouldStartEmbeddedStoreBrokerAndSecretWhenNothingIsNamed() {
        Endpoints endpoints = resolve(Map.of());

        assertThat(started).containsExactly("store", "broker guest/guest", "secret");
        assertThat(endpoints.mongoUri()).isEqualTo("mongodb://127.0.0.1:40001");
        assertThat(endpoints.embeddedStore()).isTrue();
        assertThat(endpoints.rabbitHost()).isEqualTo("127.0.0.1");
        assertThat(endpoints.rabbitPort()).isEqualTo(40002);
        assertThat(endpoints.brokerFlavour()).isEqualTo("qpid");
        assertThat(endpoints.jwtSecret()).contains("a-local-secret-that-is-long-enough-for-hs256");
    }

    @Test
    void shouldUseRealMongoDbWithoutStartingTheStore() {
        Endpoints endpoints = resolve(Map.of("MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0"));

        assertThat(started).doesNotContain("store");
        assertThat(endpoints.embeddedStore()).isFalse();
        assertThat(endpoints.mongoUri()).isEqualTo("mongodb://db.example:27017/?replicaSet=rs0");
    }

    @Test
    void shouldUseRealRabbitMqWithItsDefaultsWithoutStartingTheBroker() {
        Endpoints endpoints = resolve(Map.of("RABBITMQ_HOST", "mq.example"));

        assertThat(started).containsExactly("store", "secret");
        assertThat(endpoints.embeddedBroker()).isFalse();
        assertThat(endpoints.rabbitHost()).isEqualTo("mq.example");
        assertThat(endpoints.rabbitPort()).isEqualTo(5672);
        assertThat(endpoints.rabbitUser()).isEqualTo("guest");
        assertThat(endpoints.rabbitVhost()).isEqualTo("/");
        assertThat(endpoints.brokerFlavour()).isEqualTo("rabbitmq");
    }

    @Test
    void shouldPassOnEveryRabbitMqSettingGiven() {
        Endpoints endpoints = resolve(Map.of(
                "RABBITMQ_HOST", "mq.example",
                "RABBITMQ_PORT", "5673",
                "RABBITMQ_USER", "hotline",
                "RABBITMQ_PASSWORD", "s3cret",
                "RABBITMQ_VHOST", "summer"));

        assertThat(endpoints.rabbitPort()).isEqualTo(5673);
        assertThat(endpoints.rabbitUser()).isEqualTo("hotline");
        assertThat(endpoints.rabbitPassword()).isEqualTo("s3cret");
        assertThat(endpoints.rabbitVhost()).isEqualTo("summer");
    }

    @Test
    void shouldTreatBlankVariablesAsUnset() {
        Endpoints endpoints = resolve(Map.of("MONGODB_URI", " ", "RABBITMQ_HOST", ""));

        assertThat(endpoints.embeddedStore()).isTrue();
        assertThat(endpoints.embeddedBroker()).isTrue();
    }

    @Test
    void shouldRejectAPortThatIsNotANumber() {
        assertThatThrownBy(() -> resolve(Map.of("RABBITMQ_HOST", "mq.example", "RABBITMQ_PORT", "amqp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RABBITMQ_PORT");
    }

    @Test
    void shouldUseTheGivenSecretWithoutReadingTheLocalOne() {
        Endpoints endpoints = resolve(Map.of("SUMMER_JWT_SECRET", "an-operator-provided-secret-of-32-bytes+"));

        assertThat(started).doesNotContain("secret");
        assertThat(endpoints.jwtSecret()).contains("an-operator-provided-secret-of-32-bytes+");
    }

    @Test
    void shouldMakeNoSecretWhenTokensComeFromAnIdentityProvider() {
        Endpoints endpoints = resolve(Map.of("SUMMER_JWKS_URI", "https://idp.example/jwks"));

        assertThat(started).doesNotContain("secret");
        assertThat(endpoints.jwtSecret()).isEmpty();
    }
}
