package cn.summerhotline.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the launcher checks before it starts anything, so that a run that cannot work says why at once instead of
 * half starting: the jars are built, the knobs it reads make sense, and the ports are free.
 */
final class Preflight {

    private Preflight() {}

    /** Why the local run cannot start, or empty when it can. */
    static Optional<String> problem(Checkout checkout, Map<String, String> env) {
        List<Path> missing = checkout.missingJars(Module.ALL);
        if (!missing.isEmpty()) {
            return Optional.of("these jars are missing: "
                    + missing.stream().map(checkout::relative).collect(Collectors.joining(", "))
                    + "\nBuild them with ./run.sh (it builds what is missing) or ./mvnw -DskipTests package.");
        }
        List<Module> modules;
        try {
            StoreKeeping.from(env);
            modules = Module.forRun(OpendayInstances.from(env));
        } catch (IllegalArgumentException unknown) {
            return Optional.of(unknown.getMessage());
        }
        List<Integer> taken = Ports.taken(modules.stream().map(Module::port).collect(Collectors.toList()));
        if (!taken.isEmpty()) {
            return Optional.of("port(s) " + taken
                    + " already in use: another local run, or another program, is listening there."
                    + "\nStop it (e.g. `ss -ltnp | grep -E '" + portPattern(modules)
                    + "'` shows which) and start again.");
        }
        return Optional.empty();
    }

    /** The fixed ports 8080-8084, and those of the further openday-service instances. */
    private static String portPattern(List<Module> modules) {
        StringBuilder pattern = new StringBuilder(":808[0-4]");
        modules.stream()
                .filter(module -> module.instance() > 1)
                .forEach(module -> pattern.append("|:").append(module.port()));
        return pattern.toString();
    }
}
