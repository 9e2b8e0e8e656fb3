package cn.summerhotline.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The folders of the checkout the local run works in: the modules' jars, and the git-ignored {@code data/}. */
record Checkout(Path root) {

    static Checkout locate() {
        String home = System.getProperty("summer.home");
        Path root = Path.of(home == null ? System.getProperty("user.dir") : home)
                .toAbsolutePath()
                .normalize();
        return new Checkout(root);
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return data().resolve("logs");
    }

    /** Each instance its own log: two processes appending to one file would interleave their lines. */
    Path log(Module module) {
        return logs().resolve(module.logName() + ".log");
    }

    Path store() {
        return data().resolve("store").resolve("summer-hotline.mv");
    }

    Path startupCache(Module module) {
        return data().resolve("cds").resolve(module.name());
    }

    Path secret() {
        return data().resolve("jwt-secret");
    }

    Path jar(Module module) {
        return root.resolve(module.name()).resolve("target").resolve(module.name() + ".jar");
    }

    List<Path> missingJars(List<Module> modules) {
        return modules.stream()
                .map(this::jar)
                .filter(jar -> !Files.isRegularFile(jar))
                .collect(Collectors.toList());
    }

    /** A path as the user would type it from the checkout. */
    String relative(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
