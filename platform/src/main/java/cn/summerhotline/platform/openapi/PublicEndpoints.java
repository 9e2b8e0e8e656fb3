package cn.summerhotline.platform.openapi;

import java.util.List;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The {@code summer.security.jwt.public-endpoints} of a service ({@code "METHOD /pattern"} or {@code "/pattern"}),
 * matched against the operations of its OpenAPI document.
 */
record PublicEndpoints(List<Endpoint> endpoints) {

    record Endpoint(String method, PathPattern pattern) {}

    static PublicEndpoints parse(List<String> declared) {
        return new PublicEndpoints(
                declared.stream().map(PublicEndpoints::endpoint).toList());
    }

    private static Endpoint endpoint(String declared) {
        String[] parts = declared.trim().split("\\s+");
        String method = parts.length == 2 ? parts[0].toUpperCase(Locale.ROOT) : null;
        return new Endpoint(method, PathPatternParser.defaultInstance.parse(parts[parts.length - 1]));
    }

    /**
     * Whether the operation needs no token. A document path's template variables ({@code {id}}) stand for one
     * segment or part of one, so each is matched as a plain value: {@code /track/{number}} as {@code
     * /track/number}.
     */
    boolean isPublic(String method, String documentPath) {
        return matches(method, documentPath);
    }

    /** Whether one of the patterns matches the operation (the same list type serves the api-key paths). */
    boolean matches(String method, String documentPath) {
        PathContainer path = PathContainer.parsePath(documentPath.replaceAll("\\{([^}/]+)}", "$1"));
        return endpoints.stream()
                .anyMatch(e -> (e.method() == null || e.method().equalsIgnoreCase(method))
                        && e.pattern().matches(path));
    }
}
