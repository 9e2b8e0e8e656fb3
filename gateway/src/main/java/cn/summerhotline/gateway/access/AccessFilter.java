package cn.summerhotline.gateway.access;

import cn.summerhotline.gateway.problem.Problems;
import cn.summerhotline.gateway.ratelimit.PublicRateLimiter;
import cn.summerhotline.gateway.requestid.RequestIds;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway's whole security chain, deliberately one filter: classify the path, limit public
 * requests per client, check the bearer token (from the cache when it was seen before). Stateless: no
 * session, no security context is stored; the token goes on to the service, which checks it again and
 * decides what the caller may do.
 */
@Component
class AccessFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AccessFilter.class);
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final PublicRateLimiter rateLimiter;

    AccessFilter(TokenVerifier verifier, PublicRateLimiter rateLimiter) {
        this.verifier = verifier;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Access access =
                AccessPolicy.classify(request.getMethod(), request.getURI().getRawPath());
        switch (access) {
            case OPEN:
                return chain.filter(exchange);
            case MALFORMED:
                return Problems.write(
                        exchange,
                        HttpStatus.BAD_REQUEST,
                        "malformed-path",
                        "Malformed path",
                        "路径中不能含有点段或编码的分隔符。The path must not contain dot segments or encoded separators.");
            case PUBLIC:
                String publicToken = bearerToken(request);
                // The limit is for anonymous clients: an operator entering hotline complaints through the
                // web-form endpoint carries a token and must not be throttled with them.
                if (publicToken == null || isTokenEndpoint(request)) {
                    PublicRateLimiter.Decision decision = rateLimiter.acquire(request);
                    if (!decision.permitted()) {
                        return tooManyRequests(exchange, decision.retryAfterSeconds());
                    }
                }
                return publicToken == null ? chain.filter(exchange) : authenticate(exchange, chain, publicToken);
            default:
                String token = bearerToken(request);
                if (token == null) {
                    return unauthenticated(exchange, "missing-token", "需要登录令牌。A bearer token is required.");
                }
                return authenticate(exchange, chain, token);
        }
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
                .flatMap(valid -> valid
                        ? chain.filter(exchange)
                        : unauthenticated(
                                exchange, "invalid-token", "令牌无效或已过期。The bearer token is invalid or has expired."));
    }

    private static boolean isTokenEndpoint(ServerHttpRequest request) {
        return AccessPolicy.TOKEN_ENDPOINT.equals(request.getURI().getRawPath());
    }

    private static String bearerToken(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, 7)) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, String reason, String detail) {
        exchange.getResponse()
                .getHeaders()
                .set(
                        HttpHeaders.WWW_AUTHENTICATE,
                        reason.equals("invalid-token") ? "Bearer error=\"invalid_token\"" : "Bearer");
        return Problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Unauthenticated",
                detail,
                Map.of("reason", reason));
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return Problems.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many requests",
                "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试。Too many requests from this client; retry after "
                        + retryAfterSeconds + " s.",
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }
}
