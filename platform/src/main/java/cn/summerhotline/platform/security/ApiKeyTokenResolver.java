package cn.summerhotline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The bearer token of a request: from the {@code Authorization} header, and on the configured paths only
 * ({@code summer.security.jwt.api-key-paths}) also from an {@code api_key} query or form parameter, which is
 * how GeoReport v2 clients send the same signed token. Everywhere else {@code api_key} is an ordinary
 * parameter: a token in a URL ends up in logs and browser histories, so it is accepted only where a
 * specification asks for it.
 */
public final class ApiKeyTokenResolver implements BearerTokenResolver {

    public static final String PARAMETER = "api_key";

    /** Set when the token came from {@code api_key}, so that a refusal can answer as such APIs expect. */
    static final String FROM_API_KEY = ApiKeyTokenResolver.class.getName() + ".fromApiKey";

    private final BearerTokenResolver header = new DefaultBearerTokenResolver();
    private final List<PathPattern> paths;

    public ApiKeyTokenResolver(List<String> paths) {
        this.paths =
                paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String fromHeader = header.resolve(request);
        if (!onApiKeyPath(request)) {
            return fromHeader;
        }
        String[] values = request.getParameterValues(PARAMETER);
        // An empty api_key is no key, as GeoReport clients send the field blank when they have none.
        List<String> keys = values == null
                ? List.of()
                : Arrays.stream(values).filter(key -> !key.isBlank()).toList();
        if (keys.isEmpty()) {
            return fromHeader;
        }
        if (fromHeader != null || keys.size() > 1) {
            // RFC 6750, section 2: a client uses one way of sending its token; two are refused with
            // invalid_request (400) rather than one of them silently chosen.
            throw new OAuth2AuthenticationException(
                    BearerTokenErrors.invalidRequest("Found multiple bearer tokens in the request"));
        }
        request.setAttribute(FROM_API_KEY, Boolean.TRUE);
        return keys.get(0).strip();
    }

    private boolean onApiKeyPath(HttpServletRequest request) {
        if (paths.isEmpty()) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return paths.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
