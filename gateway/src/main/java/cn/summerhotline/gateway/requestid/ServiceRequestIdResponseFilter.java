package cn.summerhotline.gateway.requestid;

import cn.summerhotline.gateway.headers.SecurityHeaders;
import java.util.List;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drops the headers the gateway owns from a service's response: the {@code X-Request-Id} a service echoes
 * and the security headers its own security sets. The gateway has already put them on the response, and
 * the service's headers are added to it, so the caller would see each twice.
 */
@Component
class ServiceRequestIdResponseFilter implements HttpHeadersFilter {

    private static final String[] OWNED = owned();

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (!containsOwned(input)) {
            return input;
        }
        try {
            removeOwned(input);
            return input;
        } catch (UnsupportedOperationException readOnly) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            removeOwned(headers);
            return headers;
        }
    }

    private static boolean containsOwned(HttpHeaders headers) {
        for (String name : OWNED) {
            if (headers.containsHeader(name)) {
                return true;
            }
        }
        return false;
    }

    private static void removeOwned(HttpHeaders headers) {
        for (String name : OWNED) {
            headers.remove(name);
        }
    }

    private static String[] owned() {
        List<String> names = new java.util.ArrayList<>(SecurityHeaders.NAMES);
        names.add(0, RequestIds.HEADER);
        return names.toArray(String[]::new);
    }
}
