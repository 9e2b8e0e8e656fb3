package cn.summerhotline.gateway.requestid;

import cn.summerhotline.gateway.headers.SecurityHeaders;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First filter of every request: keeps a well-formed incoming {@code X-Request-Id} or makes one, and
 * puts it on the response with the gateway's security headers. The request that goes on to the service gets it from
 * {@link RequestIdHeaderFilter}, where the gateway copies the headers anyway: mutating the request here
 * would copy them once more on every request.
 */
@Component
class IncomingRequestIdFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String incoming = request.getHeaders().getFirst(RequestIds.HEADER);
        String id = RequestIds.isWellFormed(incoming) ? incoming : RequestIds.generate();
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        exchange.getAttributes()
                .put(RequestIds.ORIGINAL_PATH_ATTRIBUTE, request.getURI().getRawPath());
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(RequestIds.HEADER, id);
        SecurityHeaders.apply(headers);
        return chain.filter(exchange);
    }
}
