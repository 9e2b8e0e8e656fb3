package cn.summerhotline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checkout the tests read: the deployable modules, their files, the manifests under {@code k8s/}. */
final class Repository {

    /** The modules that become images and Deployments, each under its own name. */
    static final List<String> DEPLOYABLE =
            List.of("gateway", "complaint-service", "publicity-service", "openday-service", "review-service");

    /** The overlays, by their folder under {@code k8s/overlays}. */
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Repository() {}

    /** The root of the checkout: the tests run in {@code deploy-check/}, whose parent holds {@code k8s/}. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("k8s")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no checkout with k8s/ above " + here);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
