package cn.summerhotline.gateway.access;

import cn.summerhotline.gateway.accesslog.AccessLog;
import cn.summerhotline.gateway.problem.GatewayProblems;
import cn.summerhotline.gateway.ratelimit.PublicRateLimiter;
import cn.summerhotline.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway's whole security chain, deliberately one filter: decode and check the path, bound the body,
 * classify the path, limit public requests, check the bearer token (from the cache when it was seen before).
 * Stateless: no session, no security context is stored; the token goes on to the service, which checks it
 * again and decides what the caller may do.
 */
@Component
class AccessFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AccessFilter.class);
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final PublicRateLimiter rateLimiter;
    private final long maxBodyBytes;

    AccessFilter(
            TokenVerifier verifier,
            PublicRateLimiter rateLimiter,
            @Value("${summer.gateway.max-body-size:1MB}") DataSize maxBodySize) {
        this.verifier = verifier;
        this.rateLimiter = rateLimiter;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.TRACE || method.name().equals("CONNECT")) {
            return GatewayProblems.methodNotAllowed(exchange);
        }
        String raw = request.getURI().getRawPath();
        String path = RequestPath.decode(raw);
        if (path == null) {
            return GatewayProblems.malformedPath(exchange);
        }
        if (path != raw) {
            exchange = routeOnCanonicalPath(exchange, raw, RequestPath.encode(path));
        }
        long length = request.getHeaders().getContentLength();
        if (length > maxBodyBytes) {
            return GatewayProblems.bodyTooLarge(exchange, maxBodyBytes);
        }
        if (length < 0 && request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            exchange = exchange.mutate()
                    .request(new LimitedBody(exchange.getRequest(), maxBodyBytes))
                    .build();
        }
        return switch (AccessPolicy.classify(method, path)) {
            case OPEN -> chain.filter(exchange);
            case PUBLIC -> publicRequest(exchange, chain, path);
            case PROTECTED -> {
                String token = bearerToken(request);
                yield token == null
                        ? GatewayProblems.unauthenticated(exchange, false)
                        : authenticate(exchange, chain, token);
            }
        };
    }

    /** The service gets exactly the path classified here, in its canonical form; the rare case, so a copy. */
    private static ServerWebExchange routeOnCanonicalPath(ServerWebExchange exchange, String raw, String canonical) {
        AccessLog.notePath(exchange, canonical);
        if (canonical.equals(raw)) {
            return exchange;
        }
        return exchange.mutate().request(r -> r.path(canonical)).build();
    }

    private Mono<Void> publicRequest(ServerWebExchange exchange, WebFilterChain chain, String path) {
        ServerHttpRequest request = exchange.getRequest();
        if (path.equals(AccessPolicy.TOKEN_ENDPOINT)) {
            return anonymous(exchange, chain); // logging in: whatever token comes along buys nothing
        }
        String token = bearerToken(request);
        boolean apiKey = false;
        if (token == null && path.startsWith("/open311/")) {
            token = apiKey(request);
            apiKey = token != null;
        }
        if (token == null) {
            return anonymous(exchange, chain);
        }
        VerifiedToken cached = verifier.cached(token);
        if (cached != null) {
            return keyed(exchange, chain, cached);
        }
        // A bad api_key goes on: the service refuses it (403) exactly as it does for a district system calling it
        // directly.
        boolean refusedGoesOn = apiKey;
        return verifier.verify(token)
                .flatMap(caller -> keyed(exchange, chain, caller))
                .onErrorResume(JwtException.class, e -> {
                    RequestIds.log(exchange, () -> log.debug("Token refused on a public endpoint: {}", e.getMessage()));
                    // A refused token buys nothing: the request counts against the anonymous limit.
                    PublicRateLimiter.Decision decision = rateLimiter.acquire(request);
                    if (!decision.permitted()) {
                        return GatewayProblems.tooManyRequests(exchange, decision.retryAfterSeconds());
                    }
                    return refusedGoesOn ? chain.filter(exchange) : GatewayProblems.unauthenticated(exchange, true);
                });
    }

    private Mono<Void> anonymous(ServerWebExchange exchange, WebFilterChain chain) {
        PublicRateLimiter.Decision decision = rateLimiter.acquire(exchange.getRequest());
        return decision.permitted()
                ? chain.filter(exchange)
                : GatewayProblems.tooManyRequests(exchange, decision.retryAfterSeconds());
    }

    private Mono<Void> keyed(ServerWebExchange exchange, WebFilterChain chain, VerifiedToken caller) {
        PublicRateLimiter.Decision decision = rateLimiter.acquireKeyed(caller.subject());
        return decision.permitted()
                ? chain.filter(exchange)
                : GatewayProblems.tooManyRequests(exchange, decision.retryAfterSeconds());
    }

    private Mono<Void> authenticate(ServerWebExchange exchange, WebFilterChain chain, String token) {
        if (verifier.cached(token) != null) {
            return chain.filter(exchange);
        }
        return verifier.verify(token)
                .map(caller -> Boolean.TRUE)
                .onErrorResume(JwtException.class, e -> {
                    RequestIds.log(exchange, () -> log.debug("Token refused: {}", e.getMessage()));
                    return Mono.just(Boolean.FALSE);
                })
                .flatMap(valid -> valid ? chain.filter(exchange) : GatewayProblems.unauthenticated(exchange, true));
    }

    private static String bearerToken(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, 7)) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** Open311's {@code api_key} from the query string (a key in a form body is the service's to read). */
    private static String apiKey(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        if (query == null || !query.contains("api_key=")) {
            return null;
        }
        String key = request.getQueryParams().getFirst("api_key");
        return key == null || key.isBlank() ? null : key;
    }
}
