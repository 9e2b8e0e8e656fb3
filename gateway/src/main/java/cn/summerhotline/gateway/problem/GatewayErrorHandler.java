package cn.summerhotline.gateway.problem;

import cn.summerhotline.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the gateway (unknown path, wrong method, failures of the
 * gateway itself) into problem+json. Ordered before Boot's own error handler, whose body is not RFC 9457.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        HttpStatusCode code =
                ex instanceof ResponseStatusException rse ? rse.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        exchange.getResponse().getHeaders().clear();
        RequestIds.echo(exchange);
        return switch (status) {
            case NOT_FOUND ->
                ProblemAnswers.write(
                        exchange,
                        status,
                        "not-found",
                        Text.of("未找到", "Not found"),
                        Text.of("没有这个地址。", "There is nothing at this address."));
            case METHOD_NOT_ALLOWED -> methodNotAllowed(exchange, ex);
            case PAYLOAD_TOO_LARGE -> bodyTooLarge(exchange, ex);
            case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, BAD_REQUEST ->
                ProblemAnswers.write(
                        exchange,
                        status,
                        "bad-request",
                        Text.of("请求无法处理", status.getReasonPhrase()),
                        Text.of(
                                "请求的格式或内容类型无法处理（" + status.value() + "）。",
                                "The gateway cannot handle this request (" + status.value() + " "
                                        + status.getReasonPhrase() + ")."));
            case GATEWAY_TIMEOUT, BAD_GATEWAY, SERVICE_UNAVAILABLE ->
                ProblemAnswers.write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        Text.of("服务暂时不可用", "Service unavailable"),
                        Text.of(
                                "后端服务暂时不可用，请稍后再试。",
                                "The service behind this path is unavailable; please retry later."));
            default -> {
                RequestIds.log(exchange, () -> log.error("Unhandled gateway error", ex));
                yield ProblemAnswers.write(
                        exchange,
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        Text.of("网关内部错误", "Internal error"),
                        Text.of("网关未能处理此请求。", "The gateway failed to handle this request."));
            }
        };
    }

    private static Mono<Void> methodNotAllowed(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof MethodNotAllowedException notAllowed
                && !notAllowed.getSupportedMethods().isEmpty()) {
            exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        return GatewayProblems.methodNotAllowed(exchange);
    }

    private static Mono<Void> bodyTooLarge(ServerWebExchange exchange, Throwable ex) {
        long limit = ex instanceof BodyTooLargeException tooLarge ? tooLarge.limitBytes() : -1;
        return GatewayProblems.bodyTooLarge(exchange, limit);
    }
}
