package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    private static final String JAVA = Child.javaExecutable();

    @TempDir
    Path dir;

    @Test
    void shouldListClassesOnTheFirstRunAndMapTheDumpedArchiveOnTheNext() throws Exception {
        Path jar = extractableJar("complaint-service.jar");
        Path cache = dir.resolve("cds");
        Path extracted = cache.resolve("app").resolve("complaint-service.jar");

        ClassDataSharing first = new ClassDataSharing(cache, jar, JAVA);
        List<String> firstArguments = first.launchArguments();
        assertThat(first.listing()).isTrue();
        assertThat(firstArguments)
                .containsExactly(
                        "-XX:DumpLoadedClassList=" + cache.resolve("classes.lst"), "-jar", extracted.toString());

        // What the first run's JVM wrote, the last line still being written.
        Files.writeString(cache.resolve("classes.lst"), "java/lang/Object id: 0\njava/lang/String id: 1\njava/util/Ha");
        assertThat(first.dumpArchive()).isTrue();

        ClassDataSharing second = new ClassDataSharing(cache, jar, JAVA);
        List<String> secondArguments = second.launchArguments();
        assertThat(second.listing()).isFalse();
        assertThat(secondArguments)
                .containsExactly(
                        "-XX:SharedArchiveFile=" + cache.resolve("classes.jsa"),
                        "-Xlog:cds=off",
                        "-jar",
                        extracted.toString());
        assertThat(aJvmMapsTheArchive(cache.resolve("classes.jsa"), extracted)).isTrue();
    }

    @Test
    void shouldStartAgainFromTheJarWhenItWasRebuilt() throws Exception {
        Path jar = extractableJar("review-service.jar");
        Path cache = dir.resolve("cds");
        ClassDataSharing first = new ClassDataSharing(cache, jar, JAVA);
        first.launchArguments();
        Files.writeString(cache.resolve("classes.lst"), "java/lang/Object id: 0\n");
        first.dumpArchive();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        List<String> afterRebuild = new ClassDataSharing(cache, jar, JAVA).launchArguments();

        assertThat(afterRebuild).first().isEqualTo("-XX:DumpLoadedClassList=" + cache.resolve("classes.lst"));
        assertThat(cache.resolve("classes.jsa")).doesNotExist();
    }

    @Test
    void shouldDumpNothingOnceTheSystemIsStopping() throws Exception {
        Path jar = extractableJar("openday-service.jar");
        Path cache = dir.resolve("cds");
        ClassDataSharing first = new ClassDataSharing(cache, jar, JAVA);
        first.launchArguments();
        Files.writeString(cache.resolve("classes.lst"), "java/lang/Object id: 0\n");

        first.cancel();

        assertThat(first.dumpArchive()).isFalse();
        assertThat(cache.resolve("classes.jsa")).doesNotExist();
    }

    @Test
    void shouldRunTheBootJarAsItIsWhenItCannotBeExtracted() throws Exception {
        Path jar = dir.resolve("gateway.jar");
        Files.writeString(jar, "not a jar at all");

        ClassDataSharing sharing = new ClassDataSharing(dir.resolve("cds"), jar, JAVA);

        assertThat(sharing.launchArguments()).containsExactly("-jar", jar.toString());
        assertThat(sharing.listing()).isFalse();
    }

    /** -Xshare:on makes the JVM fail rather than run without the archive. */
    private static boolean aJvmMapsTheArchive(Path archive, Path classPath) throws Exception {
        Process process = new ProcessBuilder(
                        JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", classPath.toString(), "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !output.contains("rror");
    }

    /** A jar whose main class behaves like a Boot jar's extract tool, found through the test classes. */
    private Path extractableJar(String name) throws Exception {
        Path jar = dir.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeBootJar.class.getName());
        Path classes = Path.of(FakeBootJar.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        manifest.getMainAttributes()
                .put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar: its class comes from the Class-Path.
        }
        return jar;
    }
}
