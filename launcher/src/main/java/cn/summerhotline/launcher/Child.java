package cn.summerhotline.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One application running as a child JVM, its output going to its own log file. */
final class Child {

    private final Module module;
    private final Process process;
    private final Path log;

    private Child(Module module, Process process, Path log) {
        this.module = module;
        this.process = process;
        this.log = log;
    }

    static Child start(Module module, Path workDir, List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return new Child(module, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot start " + module.logName() + " with " + String.join(" ", command), e);
        }
    }

    /** The same JVM the launcher runs on, so a JDK on the PATH is never a surprise. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    Module module() {
        return module;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean alive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Asks for a graceful stop (SIGTERM): Boot closes its context, the store's clients and broker channels. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for a graceful stop up to the deadline, then kills; returns true if it stopped by itself. */
    boolean awaitStop(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
