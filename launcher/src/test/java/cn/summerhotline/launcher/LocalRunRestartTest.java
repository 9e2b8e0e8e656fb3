package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a developer relies on between two local runs: the data and the tokens survive a Ctrl-C. */
class LocalRunRestartTest {

    @TempDir
    Path checkoutRoot;

    @Test
    void shouldKeepDataAndTokenSecretAcrossAStopAndStart() {
        Checkout checkout = new Checkout(checkoutRoot);
        // A named broker keeps this test to the store; the embedded broker has its own tests.
        Map<String, String> env = Map.of("RABBITMQ_HOST", "127.0.0.1");

        Launcher first = new Launcher(checkout, env, Instant.now());
        Endpoints before = first.startInfrastructure();
        try (MongoClient client = MongoClients.create(before.mongoUri())) {
            client.getDatabase("complaints")
                    .getCollection("complaints")
                    .insertOne(new Document("_id", "SH-0001").append("title", "夜间施工噪音"));
        }
        first.stop();

        Launcher second = new Launcher(checkout, env, Instant.now());
        Endpoints after = second.startInfrastructure();
        try (MongoClient client = MongoClients.create(after.mongoUri())) {
            Document found = client.getDatabase("complaints")
                    .getCollection("complaints")
                    .find(new Document("_id", "SH-0001"))
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("夜间施工噪音");
        } finally {
            second.stop();
        }
        assertThat(after.jwtSecret()).isEqualTo(before.jwtSecret());
        assertThat(checkout.store()).exists();
    }
}
