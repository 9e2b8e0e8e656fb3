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

/** Keeps contracts/ consistent: every event schema is well formed and catalogued in asyncapi.yaml. */
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
        JsonNode asyncApi =
                new YAMLMapper().readTree(contracts.resolve("asyncapi.yaml").toFile());
        assertThat(asyncApi.path("asyncapi").asString()).startsWith("3.0");

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
            assertThat(type).matches("summerhotline\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*");
            assertThat(name)
                    .isEqualTo(type.substring("summerhotline.".length())
                                    .replaceFirst("\\.(v[0-9]+)$", ".$1")
                                    .replaceFirst("^([a-z0-9-]+)\\.", "$1-")
                            + ".schema.json");
        }
    }

    private List<Path> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(contracts.resolve("schemas"))) {
            return files.filter(f -> f.toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
    }
}
