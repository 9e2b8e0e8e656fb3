package cn.summerhotline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables an application reads, found in its files rather than kept by hand: every
 * {@code ${NAME...}} placeholder in an upper-case, environment-style name in the YAML of its own main resources and
 * of the repository modules it depends on (platform's {@code summer-platform.yml}, platform-clients'
 * {@code summer-clients.yml}), and every {@code System.getenv("NAME")} in their main Java sources. Profile files
 * ({@code application-local.yml}) are left out: no profile is active on Kubernetes.
 */
final class ApplicationVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern OWN_ARTIFACT =
            Pattern.compile("<groupId>cn\\.summerhotline</groupId>\\s*<artifactId>([a-z-]+)</artifactId>");

    private ApplicationVariables() {}

    static Set<String> of(String module) {
        Set<String> names = new TreeSet<>();
        for (String each : modulesOf(module)) {
            names.addAll(inFiles(Repository.path(each + "/src/main/resources"), ".yml", PLACEHOLDER));
            names.addAll(inFiles(Repository.path(each + "/src/main/resources"), ".yaml", PLACEHOLDER));
            names.addAll(inFiles(Repository.path(each + "/src/main/java"), ".java", GETENV));
        }
        return names;
    }

    /** The module and the repository modules it depends on, transitively, test scope excluded. */
    static Set<String> modulesOf(String module) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(module));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            Path pom = Repository.path(next + "/pom.xml");
            if (seen.add(next) && Files.isRegularFile(pom)) {
                Matcher dependency = DEPENDENCY.matcher(withoutManagement(Repository.read(pom)));
                while (dependency.find()) {
                    Matcher own = OWN_ARTIFACT.matcher(dependency.group(1));
                    if (own.find() && !dependency.group(1).contains("<scope>test</scope>")) {
                        todo.push(own.group(1));
                    }
                }
            }
        }
        return seen;
    }

    private static String withoutManagement(String pom) {
        return pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "");
    }

    private static Set<String> inFiles(Path directory, String suffix, Pattern pattern) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(directory)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .filter(file -> !file.getFileName().toString().matches("application-.+\\.ya?ml"))
                    .forEach(file -> {
                        Matcher found = pattern.matcher(Repository.read(file));
                        while (found.find()) {
                            names.add(found.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
