package cn.summerhotline.launcher;

import java.util.Map;

/**
 * How many openday-service instances the local run starts on the one store and broker, from {@code
 * SUMMER_OPENDAY_INSTANCES}: one by default; more for the registration benchmark, with the gateway balancing
 * between them. At most four: each is a JVM of its own on a machine that already runs six.
 */
final class OpendayInstances {

    static final String VARIABLE = "SUMMER_OPENDAY_INSTANCES";
    static final int MAX = 4;

    private OpendayInstances() {}

    static int from(Map<String, String> env) {
        String value = env.getOrDefault(VARIABLE, "").trim();
        if (value.isEmpty()) {
            return 1;
        }
        // One digit only: "+2" or "02" are refused rather than guessed at.
        if (!value.matches("[1-" + MAX + "]")) {
            throw new IllegalArgumentException(VARIABLE + "=" + value
                    + " is not a number of openday-service instances: use 1 (the default) to " + MAX);
        }
        return Integer.parseInt(value);
    }
}
