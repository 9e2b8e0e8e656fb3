package cn.summerhotline.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's own refusals, each with its stable type and its texts in both languages. */
public final class GatewayProblems {

    /** What the gateway answers to; TRACE and CONNECT are refused at every address. */
    private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private GatewayProblems() {}

    public static Mono<Void> malformedPath(ServerWebExchange exchange) {
        return ProblemAnswers.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "malformed-path",
                Text.of("路径格式错误", "Malformed path"),
                Text.of(
                        "路径中不能含有点段、空段、矩阵参数、控制字符或编码的分隔符，且须为有效的 UTF-8。",
                        "The path must not contain dot segments, empty segments, matrix parameters, control"
                                + " characters or encoded separators, and must be valid UTF-8."));
    }

    public static Mono<Void> methodNotAllowed(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader(HttpHeaders.ALLOW)) {
            headers.set(HttpHeaders.ALLOW, ALLOWED_METHODS);
        }
        return ProblemAnswers.write(
                exchange,
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                Text.of("不允许的请求方法", "Method not allowed"),
                Text.of("此地址不支持 " + method.name() + " 方法。", "This address does not accept " + method.name() + "."),
                Map.of("method", method.name()));
    }

    /** 413 for a body past the gateway's limit ({@code summer.gateway.max-body-size}). */
    public static Mono<Void> bodyTooLarge(ServerWebExchange exchange, long limitBytes) {
        // The rest of the body is not read: the connection cannot be reused.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return ProblemAnswers.write(
                exchange,
                HttpStatus.PAYLOAD_TOO_LARGE,
                "payload-too-large",
                Text.of("请求体过大", "Payload too large"),
                Text.of("请求体不能超过 " + limitBytes + " 字节。", "The request body must not exceed " + limitBytes + " bytes."),
                Map.of("maxBodyBytes", limitBytes));
    }

    /** 401; {@code invalid} tells a refused token from a missing one (RFC 6750's {@code invalid_token}). */
    public static Mono<Void> unauthenticated(ServerWebExchange exchange, boolean invalid) {
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, invalid ? "Bearer error=\"invalid_token\"" : "Bearer");
        Text detail = invalid
                ? Text.of("令牌无效或已过期。", "The bearer token is invalid or has expired.")
                : Text.of("需要登录令牌。", "A bearer token is required.");
        return ProblemAnswers.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                Text.of("未登录", "Unauthenticated"),
                detail,
                Map.of("reason", invalid ? "invalid-token" : "missing-token"));
    }

    public static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ProblemAnswers.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                Text.of("请求过于频繁", "Too many requests"),
                Text.of(
                        "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试。",
                        "Too many requests from this client; retry after " + retryAfterSeconds + " s."),
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }

    /** 503 naming the service a circuit breaker could not reach. */
    public static Mono<Void> serviceUnavailable(ServerWebExchange exchange, String service) {
        return ProblemAnswers.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                Text.of("服务暂时不可用", "Service unavailable"),
                Text.of(service + " 暂时不可用，请稍后再试。", service + " is unavailable at the moment; please retry later."),
                Map.of("service", service));
    }
}
