package cn.summerhotline.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A container's environment as the kubelet builds it: {@code envFrom} first (a ConfigMap's entries with their
 * values), then {@code env} over it. What comes from a Secret has the value {@code secret:<name>/<key>}, whose real
 * value the manifests never hold.
 */
final class Environment {

    static final String SECRET = "secret:";

    private Environment() {}

    static Map<String, String> of(RenderedOverlay rendered, Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    ConfigMap map = rendered.get(
                            ConfigMap.class, source.getConfigMapRef().getName());
                    environment.putAll(map.getData());
                } else if (source.getSecretRef() != null) {
                    environment.put(
                            SECRET + source.getSecretRef().getName() + "/*",
                            SECRET + source.getSecretRef().getName());
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar variable : container.getEnv()) {
                environment.put(variable.getName(), value(rendered, variable));
            }
        }
        return environment;
    }

    private static String value(RenderedOverlay rendered, EnvVar variable) {
        EnvVarSource from = variable.getValueFrom();
        if (from == null) {
            return variable.getValue() == null ? "" : variable.getValue();
        }
        if (from.getSecretKeyRef() != null) {
            return SECRET + from.getSecretKeyRef().getName() + "/"
                    + from.getSecretKeyRef().getKey();
        }
        if (from.getConfigMapKeyRef() != null) {
            return rendered.get(ConfigMap.class, from.getConfigMapKeyRef().getName())
                    .getData()
                    .get(from.getConfigMapKeyRef().getKey());
        }
        return "field:" + from;
    }

    /** A Spring duration as the applications read it: {@code 20s}, {@code 1m}, or ISO-8601. */
    static long seconds(String duration) {
        if (duration == null) {
            throw new AssertionError("no shutdown timeout (SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE) set");
        }
        String text = duration.trim().toLowerCase();
        if (text.startsWith("p")) {
            return Duration.parse(text.toUpperCase()).toSeconds();
        }
        long amount = Long.parseLong(text.replaceAll("[a-z]+$", ""));
        return switch (text.replaceAll("^[0-9]+", "")) {
            case "ms" -> amount / 1000;
            case "s", "" -> amount;
            case "m" -> amount * 60;
            case "h" -> amount * 3600;
            default -> throw new AssertionError("unreadable duration " + duration);
        };
    }
}
