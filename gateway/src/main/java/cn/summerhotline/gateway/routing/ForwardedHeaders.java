package cn.summerhotline.gateway.routing;

import cn.summerhotline.gateway.ratelimit.ClientAddresses;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services where the client really came in: {@code X-Forwarded-Proto/Host/Port} (and
 * {@code -Prefix}) from the configured {@link PublicUrl}, {@code X-Forwarded-For} from the client address the
 * rate limit also uses. Whatever the client sent in these headers, or in {@code Forwarded}, is dropped: the
 * services believe forwarded headers from the gateway (server.tomcat.remoteip.internal-proxies), so a
 * client's own would make them build links to any host it likes.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    private static final String[] CLIENT_HEADERS = {
        "Forwarded",
        "X-Forwarded-For",
        "X-Forwarded-Proto",
        "X-Forwarded-Host",
        "X-Forwarded-Port",
        "X-Forwarded-Prefix"
    };

    private final PublicUrl publicUrl;
    private final ClientAddresses clients;

    ForwardedHeaders(PublicUrl publicUrl, ClientAddresses clients) {
        this.publicUrl = publicUrl;
        this.clients = clients;
    }

    /** Just before the request id is set, after the gateway's own filters have copied the headers. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        try {
            rewrite(input, exchange);
            return input;
        } catch (UnsupportedOperationException readOnly) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            rewrite(headers, exchange);
            return headers;
        }
    }

    private void rewrite(HttpHeaders headers, ServerWebExchange exchange) {
        for (String name : CLIENT_HEADERS) {
            headers.remove(name);
        }
        headers.set("X-Forwarded-For", clients.of(exchange.getRequest()));
        headers.set("X-Forwarded-Proto", publicUrl.proto());
        headers.set("X-Forwarded-Host", publicUrl.host());
        headers.set("X-Forwarded-Port", publicUrl.port());
        if (!publicUrl.prefix().isEmpty()) {
            headers.set("X-Forwarded-Prefix", publicUrl.prefix());
        }
    }
}
