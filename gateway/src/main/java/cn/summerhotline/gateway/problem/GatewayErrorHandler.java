package cn.summerhotline.gateway.problem;

import cn.summerhotline.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
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
                Problems.write(
                        exchange,
                        status,
                        "not-found",
                        "Not found",
                        "没有这个地址。No resource at "
                                + exchange.getRequest().getPath().value() + ".");
            case METHOD_NOT_ALLOWED ->
                Problems.write(
                        exchange,
                        status,
                        "method-not-allowed",
                        "Method not allowed",
                        "此地址不支持 " + exchange.getRequest().getMethod().name() + " 方法。This method is not allowed here.");
            case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, BAD_REQUEST, PAYLOAD_TOO_LARGE ->
                Problems.write(
                        exchange,
                        status,
                        "bad-request",
                        status.getReasonPhrase(),
                        "请求无法处理。"
                                + (ex instanceof ResponseStatusException rse
                                        ? rse.getReason()
                                        : status.getReasonPhrase()));
            case GATEWAY_TIMEOUT, BAD_GATEWAY, SERVICE_UNAVAILABLE ->
                Problems.write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "Service unavailable",
                        "后端服务暂时不可用，请稍后再试。The service behind this path is unavailable; please retry later.");
            default -> {
                RequestIds.log(exchange, () -> log.error("Unhandled gateway error", ex));
                yield Problems.write(
                        exchange,
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "网关内部错误。The gateway failed to handle this request.");
            }
        };
    }
}
