package cn.summerhotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each deployable module's Dockerfile, read as text (no image can be built here: no Docker daemon): multi-stage,
 * every base pinned to a release, the final stage a Java 25 runtime, Boot's layers copied least-changing first, a
 * numeric non-root user, container-aware memory, virtual threads, the port the application listens on.
 */
class DockerfileTest {

    static final List<String> MODULES = Repository.DEPLOYABLE;

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final List<String> LAYERS =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    @ParameterizedTest
    @FieldSource("MODULES")
    void everyBaseImageIsPinnedAndTheRuntimeIsJava25(String module) {
        String dockerfile = Repository.read(module + "/Dockerfile");
        Matcher from = FROM.matcher(dockerfile);
        String last = null;
        int stages = 0;
        while (from.find()) {
            stages++;
            last = from.group(1);
            assertThat(last)
                    .as(module + " base " + last + ": a full release tag (and optionally a digest), never latest")
                    .matches("[a-z0-9./-]+:\\d+\\.\\d+\\.\\d+[A-Za-z0-9._-]*(@sha256:[0-9a-f]{64})?")
                    .doesNotContain(":latest");
        }
        assertThat(stages).as(module + " stages").isGreaterThanOrEqualTo(2);
        assertThat(last)
                .as(module + " runtime")
                .startsWith("eclipse-temurin:25.")
                .contains("-jre");
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    void theLayeredJarIsExtractedAndItsLayersCopiedLeastChangingFirst(String module) {
        String dockerfile = Repository.read(module + "/Dockerfile");
        assertThat(dockerfile).contains("java -Djarmode=tools -jar app.jar extract --layers --launcher");
        String runtime = finalStage(dockerfile);
        int previous = -1;
        for (String layer : LAYERS) {
            int at = runtime.indexOf("layers/" + layer + "/ ");
            assertThat(at)
                    .as(module + " copies layer " + layer + " after the one before")
                    .isGreaterThan(previous);
            previous = at;
        }
        assertThat(runtime).contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    void theRuntimeRunsAsANumericNonRootUserWithContainerAwareMemoryAndVirtualThreads(String module) {
        String runtime = finalStage(Repository.read(module + "/Dockerfile"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$").matcher(runtime);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertThat(lastUser).as(module + " USER").isNotNull().matches("[1-9][0-9]*(:[1-9][0-9]*)?");
        assertThat(runtime.indexOf("USER " + lastUser))
                .as(module + " USER after the last COPY")
                .isGreaterThan(runtime.lastIndexOf("COPY "));
        assertThat(runtime)
                .containsPattern("-XX:MaxRAMPercentage=\\d+")
                .contains("SPRING_THREADS_VIRTUAL_ENABLED=true");
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    void theImageExposesThePortTheApplicationListensOn(String module) {
        Matcher port = Pattern.compile("port: \\$\\{SERVER_PORT:(\\d+)}")
                .matcher(Repository.read(module + "/src/main/resources/application.yml"));
        assertThat(port.find()).as(module + " server.port").isTrue();
        assertThat(finalStage(Repository.read(module + "/Dockerfile")))
                .containsPattern("(?m)^EXPOSE " + port.group(1) + "$")
                .contains("SERVER_PORT=" + port.group(1));
    }

    private static String finalStage(String dockerfile) {
        Matcher from = FROM.matcher(dockerfile);
        int start = 0;
        while (from.find()) {
            start = from.start();
        }
        return dockerfile.substring(start);
    }
}
