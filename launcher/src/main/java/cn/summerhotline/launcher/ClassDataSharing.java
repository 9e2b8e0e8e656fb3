package cn.summerhotline.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up help for a child. Its Boot jar is extracted once into {@code data/cds/<module>/} (a plain
 * jar with its libraries beside it, which the JVM opens faster than nested jars and can archive). The
 * first run lists the classes it loads; once the system is ready, an AppCDS archive of them is dumped
 * in the background, and every later start maps it. Measured on two cores: half the CPU a start costs.
 * Anything that fails here falls back to {@code java -jar} the Boot jar, or to a start without archive.
 */
final class ClassDataSharing {

    private static final long EXTRACT_TIMEOUT_SECONDS = 60;
    private static final long DUMP_TIMEOUT_SECONDS = 300;

    private final Path cache;
    private final Path jar;
    private final String java;
    private boolean listing;
    private volatile Process dump;
    private volatile boolean cancelled;

    ClassDataSharing(Path cache, Path jar, String java) {
        this.cache = cache;
        this.jar = jar;
        this.java = java;
    }

    /** The arguments after the JVM options: archive flags and the jar to run. */
    List<String> launchArguments() {
        List<String> arguments = new ArrayList<>();
        if (!extract()) {
            arguments.add("-jar");
            arguments.add(jar.toString());
            return arguments;
        }
        if (Files.isRegularFile(archive())) {
            arguments.add("-XX:SharedArchiveFile=" + archive());
            // A JVM that cannot use the archive (another JDK, say) runs without it: no need to list why.
            arguments.add("-Xlog:cds=off");
        } else {
            listing = true;
            arguments.add("-XX:DumpLoadedClassList=" + classList());
        }
        arguments.add("-jar");
        arguments.add(extractedJar().toString());
        return arguments;
    }

    /** Whether this run lists its classes, so that an archive can be dumped from the list. */
    boolean listing() {
        return listing;
    }

    /**
     * Dumps the archive from the classes the run listed so far (all of its start-up once it is ready),
     * at the lowest priority so that the running system keeps the cores. Returns whether it made one.
     */
    boolean dumpArchive() {
        if (!listing || cancelled) {
            return false;
        }
        Path list = cache.resolve("classes.snapshot.lst");
        Path partial = cache.resolve("classes.jsa.partial");
        try {
            snapshotCompleteLines(classList(), list);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
                command.addAll(List.of("/usr/bin/nice", "-n", "19"));
            }
            command.addAll(List.of(
                    java,
                    "-Xshare:dump",
                    "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + partial,
                    "-cp",
                    extractedJar().toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(cache.resolve("dump.log").toFile())
                    .start();
            dump = process;
            if (cancelled) {
                process.destroy();
            }
            boolean finished = process.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished || process.exitValue() != 0 || cancelled) {
                process.destroyForcibly();
                Files.deleteIfExists(partial);
                return false;
            }
            Files.move(partial, archive(), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            dump = null;
        }
    }

    /** Stops a dump in progress: the system is being stopped. */
    void cancel() {
        cancelled = true;
        Process process = dump;
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** The run is still appending to its list: take the lines written so far, without a half-written one. */
    private static void snapshotCompleteLines(Path from, Path to) throws IOException {
        String text = Files.readString(from, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        Files.writeString(to, end < 0 ? "" : text.substring(0, end + 1), StandardCharsets.UTF_8);
    }

    /** Extracts the jar unless the extraction is of this very jar and JVM; false when it cannot. */
    private boolean extract() {
        String source = sourceOf();
        Path stamp = cache.resolve("source");
        try {
            if (Files.isRegularFile(extractedJar())
                    && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(source)) {
                return true;
            }
            deleteRecursively(cache);
            Files.createDirectories(cache);
            Process extract = new ProcessBuilder(
                            java,
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            cache.resolve("app").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(cache.resolve("extract.log").toFile())
                    .start();
            if (!extract.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    || extract.exitValue() != 0
                    || !Files.isRegularFile(extractedJar())) {
                extract.destroyForcibly();
                return false;
            }
            Files.writeString(stamp, source, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An extraction and its archive are only valid for the jar and the JVM they were made from. */
    private String sourceOf() {
        try {
            return jar.toAbsolutePath() + " " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis() + " " + System.getProperty("java.home") + " "
                    + System.getProperty("java.vm.version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    Path extractedJar() {
        return cache.resolve("app").resolve(jar.getFileName());
    }

    Path archive() {
        return cache.resolve("classes.jsa");
    }

    private Path classList() {
        return cache.resolve("classes.lst");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
