package cn.summerhotline.testsupport.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks JSON documents against the event schemas in the repository's {@code contracts/schemas} folder, so that a
 * producer's test and a consumer's test hold their own types against the same contract.
 *
 * <p>Schemas carry an {@code $id} under {@link #BASE}; {@code $ref}s between them resolve to the files of the same
 * folder, never to the network.
 *
 * <pre>{@code
 * EventContracts.assertValid("complaint-assigned.v1.schema.json", messageBody);
 * }</pre>
 */
public final class EventContracts {

    /** The {@code $id} prefix of every schema in {@code contracts/schemas}. */
    public static final String BASE = "https://summerhotline.cn/contracts/schemas/";

    /** The schema every event message body satisfies. */
    public static final String ENVELOPE = "cloudevent-envelope.schema.json";

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile SchemaRegistry registry;

    private EventContracts() {}

    /** Fails with every violation listed when the document does not satisfy the named schema. */
    public static void assertValid(String schemaFile, String json) {
        List<String> violations = violations(schemaFile, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("The document does not satisfy contracts/schemas/" + schemaFile + ":\n  - "
                    + String.join("\n  - ", violations) + "\nDocument: " + json);
        }
    }

    /** Fails unless the document violates the named schema (for tests of the schemas themselves). */
    public static void assertInvalid(String schemaFile, String json) {
        if (violations(schemaFile, json).isEmpty()) {
            throw new AssertionError(
                    "The document unexpectedly satisfies contracts/schemas/" + schemaFile + ": " + json);
        }
    }

    /** Every violation of the named schema, as {@code <location>: <message>}; empty when the document is valid. */
    public static List<String> violations(String schemaFile, String json) {
        Schema schema =
                SCHEMAS.computeIfAbsent(schemaFile, name -> registry().getSchema(SchemaLocation.of(BASE + name)));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .collect(Collectors.toList());
    }

    /** The repository's {@code contracts} folder, found by walking up from the working directory. */
    public static Path contractsFolder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts").resolve("schemas");
            if (Files.isDirectory(candidate)) {
                return candidate.getParent();
            }
        }
        throw new IllegalStateException("No contracts/schemas folder in " + start + " or any folder above it");
    }

    private static SchemaRegistry registry() {
        SchemaRegistry current = registry;
        if (current == null) {
            Path schemas = contractsFolder().resolve("schemas");
            current = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemas((String iri) -> iri.startsWith(BASE) ? read(schemas, iri) : null));
            registry = current;
        }
        return current;
    }

    private static String read(Path schemas, String iri) {
        Path file = schemas.resolve(iri.substring(BASE.length())).normalize();
        if (!file.startsWith(schemas) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No schema " + iri.substring(BASE.length()) + " in " + schemas);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
