package cn.summerhotline.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.contracts.EventContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps contracts/ consistent: every event schema is well formed and catalogued in asyncapi.yaml, and every message
 * there has an example its schema accepts. (The AsyncAPI CLI validates the document itself: scripts/lint-contracts.sh.)
 */
class ContractCatalogueTest {

    private final Path contracts = EventContracts.contractsFolder();

    @Test
    void everySchemaIsDraft2020WithTheIdOfItsFile() throws IOException {
        for (Path file : schemaFiles()) {
            JsonNode schema = new JsonMapper().readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(schema.path("$schema").asString())
                    .as(name)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asString()).as(name).isEqualTo(EventContracts.BASE + name);
            assertThat(EventContracts.violations(name, "{}")).as(name).isNotEmpty();
        }
    }

    @Test
    void everyEventSchemaIsAMessageOfTheAsyncApiDocumentNamedAfterItsType() throws IOException {
        JsonNode asyncApi = asyncApi();
        assertThat(asyncApi.path("asyncapi").asString()).startsWith("3.");

        Map<String, String> messageNameBySchema = new HashMap<>();
        for (JsonNode message : asyncApi.path("components").path("messages")) {
            String ref = message.path("payload").path("schema").path("$ref").asString();
            assertThat(contracts.resolve(ref))
                    .as("schema of message " + message.path("name"))
                    .isRegularFile();
            messageNameBySchema.put(
                    Path.of(ref).getFileName().toString(), message.path("name").asString());
        }
        for (Path file : schemaFiles()) {
            String name = file.getFileName().toString();
            if (name.equals(EventContracts.ENVELOPE)) {
                continue;
            }
            String type = new JsonMapper().readTree(file.toFile()).path("title").asString();
            assertThat(messageNameBySchema)
                    .as("asyncapi.yaml message for " + name)
                    .containsEntry(name, type);
            assertThat(type)
                    .matches("summerhotline\\.[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*");
            // summerhotline.publicity.content.submitted.v1 -> publicity-content-submitted.v1.schema.json
            String version = type.substring(type.lastIndexOf('.'));
            String stem = type.substring("summerhotline.".length(), type.length() - version.length());
            assertThat(name).isEqualTo(stem.replace('.', '-') + version + ".schema.json");
        }
    }

    @Test
    void everyMessageHasAnExampleThatItsSchemaAccepts() throws IOException {
        Map<String, JsonNode> messages = asyncApi().path("components").path("messages").properties().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(messages).isNotEmpty();
        messages.forEach((key, message) -> {
            String schema = Path.of(
                            message.path("payload").path("schema").path("$ref").asString())
                    .getFileName()
                    .toString();
            JsonNode examples = message.path("examples");
            assertThat(examples.size()).as("examples of message " + key).isPositive();
            for (JsonNode example : examples) {
                JsonNode payload = example.path("payload");
                EventContracts.assertValid(schema, new JsonMapper().writeValueAsString(payload));
                assertThat(payload.path("type").asString())
                        .as("example " + example.path("name") + " of " + key)
                        .isEqualTo(message.path("name").asString());
                assertThat(example.path("headers").path("message_id").asString())
                        .isEqualTo(payload.path("id").asString());
            }
        });
    }

    @Test
    void shouldRefuseAnExampleThatBreaksItsSchema() {
        // The check above must be able to fail: an example carrying a reporter's phone is refused.
        String withPhone = """
                {"specversion": "1.0", "id": "e-1", "source": "complaint-service",
                 "type": "summerhotline.complaint.accepted.v1", "time": "2021-07-15T02:10:00Z", "subject": "c-1",
                 "datacontenttype": "application/json",
                 "data": {"complaintId": "c-1", "trackingNumber": "5ZC1-TK9B-8RN", "category": "OTHER",
                          "district": "xuhui", "squad": null, "dueAt": "2021-07-16T01:30:00Z",
                          "at": "2021-07-15T02:10:00Z", "reporterPhone": "13812345678"}}""";

        EventContracts.assertInvalid("complaint-accepted.v1.schema.json", withPhone);
        EventContracts.assertValid(
                "complaint-accepted.v1.schema.json", withPhone.replace(", \"reporterPhone\": \"13812345678\"", ""));
    }

    @Test
    void shouldDescribeTheBrokersAndTheirSecurity() throws IOException {
        JsonNode servers = asyncApi().path("servers");

        assertThat(servers.propertyNames()).contains("production", "local");
        for (JsonNode server : servers) {
            assertThat(server.path("protocol").asString()).isEqualTo("amqp");
            assertThat(server.path("protocolVersion").asString()).isEqualTo("0-9-1");
            assertThat(server.path("security").size()).isPositive();
        }
    }

    @Test
    void shouldSetDeliveryModeOnEveryPublishingOperationAndNowhereElse() throws IOException {
        // AMQP binding 0.3.0 knows deliveryMode on operations only; the parser rejects it on a message.
        JsonNode asyncApi = asyncApi();
        for (Map.Entry<String, JsonNode> operation : asyncApi.path("operations").properties()) {
            if (operation.getValue().path("action").asString().equals("send")) {
                assertThat(operation
                                .getValue()
                                .path("bindings")
                                .path("amqp")
                                .path("deliveryMode")
                                .asInt())
                        .as(operation.getKey())
                        .isEqualTo(2);
            }
        }
        assertThat(asyncApi.path("components").path("messageTraits").findValues("deliveryMode"))
                .isEmpty();
        assertThat(asyncApi.path("components").path("messages").findValues("deliveryMode"))
                .isEmpty();
    }

    private JsonNode asyncApi() throws IOException {
        return new YAMLMapper().readTree(contracts.resolve("asyncapi.yaml").toFile());
    }

    private List<Path> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(contracts.resolve("schemas"))) {
            return files.filter(f -> f.toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
    }
}
