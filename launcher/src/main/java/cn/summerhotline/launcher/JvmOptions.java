package cn.summerhotline.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Options of the children's JVMs. Tuned for start-up on two cores, where five JVMs compete: the C1
 * compiler only (C2 would spend the cores on code that runs once), the serial collector (no GC
 * threads to schedule), and a heap cap that keeps five JVMs modest. {@code SUMMER_JAVA_OPTS}
 * replaces them all, e.g. to measure with the defaults of the JVM.
 */
final class JvmOptions {

    static final List<String> DEFAULTS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xms64m",
            "-Xmx384m",
            "-XX:ReservedCodeCacheSize=64m",
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8");

    private JvmOptions() {}

    static List<String> forChildren(Map<String, String> env) {
        String custom = Endpoints.value(env, "SUMMER_JAVA_OPTS");
        if (custom == null) {
            return DEFAULTS;
        }
        List<String> options = new ArrayList<>();
        Arrays.stream(custom.trim().split("\\s+")).forEach(options::add);
        return options;
    }
}
