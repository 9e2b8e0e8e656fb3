package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfrastructureSummaryTest {

    private final Checkout checkout = new Checkout(Path.of("/home/dev/summer-hotline"));

    private final Endpoints embedded = LocalEndpoints.EMBEDDED;

    @Test
    void shouldPrintWhereAnIntegratorConnectsToTheEmbeddedStoreAndBroker() {
        List<String> lines = InfrastructureSummary.lines(embedded, checkout);

        assertThat(lines)
                .contains("embedded store (MongoDB wire protocol) at mongodb://127.0.0.1:40001, data in data/store")
                .contains("  connection string mongodb://127.0.0.1:40001 (one database per service: complaints,"
                        + " publicity, openday, reviews)")
                .contains("embedded AMQP broker (Qpid) at 127.0.0.1:40002")
                .contains("  AMQP 0-9-1 host 127.0.0.1 port 40002 user guest password guest vhost /")
                .anySatisfy(line -> assertThat(line).contains("topic exchange summer.events"));
        assertThat(String.join("\n", lines)).doesNotContain("a-local-secret");
    }

    @Test
    void shouldSayThatAStoreInMemoryKeepsNothing() {
        List<String> lines = InfrastructureSummary.lines(embedded, checkout, StoreKeeping.MEMORY);

        assertThat(lines)
                .first()
                .isEqualTo("embedded store (MongoDB wire protocol) at mongodb://127.0.0.1:40001, in memory: nothing"
                        + " is kept after Ctrl-C (SUMMER_STORE=memory)");
    }

    @Test
    void shouldNotPrintThePasswordsOfARealStoreAndBroker() {
        Endpoints real = new Endpoints(
                "mongodb://ops:store-secret@db1:27017/?replicaSet=rs0",
                false,
                "mq.internal",
                5671,
                "summer",
                "broker-secret",
                "hotline",
                "rabbitmq",
                false,
                Optional.empty());

        List<String> lines = InfrastructureSummary.lines(real, checkout);

        assertThat(lines)
                .contains("store: MONGODB_URI mongodb://ops:***@db1:27017/?replicaSet=rs0")
                .contains("broker: RabbitMQ at mq.internal:5671")
                .contains("  AMQP 0-9-1 host mq.internal port 5671 user summer password *** (RABBITMQ_PASSWORD)"
                        + " vhost hotline");
        assertThat(String.join("\n", lines)).doesNotContain("store-secret").doesNotContain("broker-secret");
    }
}
