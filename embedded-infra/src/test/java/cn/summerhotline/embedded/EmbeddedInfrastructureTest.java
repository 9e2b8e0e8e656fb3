package cn.summerhotline.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @Test
    void fileStoreKeepsDocumentsAcrossARestart(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (EmbeddedStore store = EmbeddedStore.inFile(file);
                var client = MongoClients.create(store.uri())) {
            client.getDatabase("complaints").getCollection("c").insertOne(new Document("_id", "a").append("t", "夜间施工"));
        }
        try (EmbeddedStore store = EmbeddedStore.inFile(file);
                var client = MongoClients.create(store.uri())) {
            Document found =
                    client.getDatabase("complaints").getCollection("c").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getString("t")).isEqualTo("夜间施工");
        }
    }

    @Test
    void brokerRoutesAMessageThroughTheDefaultVirtualHost() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("guest", "guest")) {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(broker.host());
            factory.setPort(broker.port());
            factory.setUsername("guest");
            factory.setPassword("guest");
            factory.setVirtualHost("/");
            try (var connection = factory.newConnection();
                    var channel = connection.createChannel()) {
                channel.queueDeclare("q", true, false, false, null);
                channel.basicPublish("", "q", null, "你好".getBytes(StandardCharsets.UTF_8));
                var response = channel.basicGet("q", true);
                assertThat(response).isNotNull();
                assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                        .isEqualTo("你好");
            }
        }
    }
}
