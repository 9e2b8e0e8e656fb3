package cn.summerhotline.testsupport.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the OpenAPI document a running service served, so that the build's contract step lints what callers
 * really get rather than a hand-written copy: {@code target/openapi/<service>.json} of the module under test.
 */
public final class OpenApiDocuments {

    /** Relative to the module's folder, where Surefire and Failsafe run the tests. */
    public static final Path FOLDER = Path.of("target", "openapi");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiDocuments() {}

    /** Writes the document, indented so that the linters' line numbers point somewhere readable. */
    public static Path write(String service, String document) {
        Path file = FOLDER.resolve(service + ".json");
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(file, JSON.writeValueAsString(JSON.readTree(document)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
        }
        return file;
    }
}
