package cn.summerhotline.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a child's readiness group, which includes its store and broker, whether it is UP. */
final class Readiness {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    boolean ready(Module module) {
        // The gateway's actuator is on its management port; its readiness group is also on the public port.
        return module.isGateway() ? ready(module.localUrl(), "/readyz") : ready(module.localUrl());
    }

    boolean ready(String baseUrl) {
        return ready(baseUrl, "/actuator/health/readiness");
    }

    private boolean ready(String baseUrl, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return isUp(response.statusCode(), response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final Pattern FIRST_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    /**
     * Boot answers 503 while a group is DOWN or OUT_OF_SERVICE, but 200 for UNKNOWN: the group's own
     * status, which Boot writes before its components', must say UP.
     */
    static boolean isUp(int status, String body) {
        if (status != 200 || body == null) {
            return false;
        }
        Matcher matcher = FIRST_STATUS.matcher(body);
        return matcher.find() && matcher.group(1).equals("UP");
    }
}
