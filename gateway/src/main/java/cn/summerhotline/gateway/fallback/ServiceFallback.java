package cn.summerhotline.gateway.fallback;

import cn.summerhotline.gateway.problem.BodyTooLargeException;
import cn.summerhotline.gateway.problem.GatewayProblems;
import cn.summerhotline.gateway.requestid.RequestIds;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request it could not serve (service down, too slow, circuit
 * open): a 503 problem+json that names the service. Only reachable as a circuit-breaker fallback; called
 * directly it does not exist.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceFallback.class);

    static final Set<String> SERVICES =
            Set.of("complaint-service", "publicity-service", "openday-service", "review-service");

    @Bean
    RouterFunction<ServerResponse> serviceFallbackRoutes() {
        return RouterFunctions.route()
                .route(request -> request.path().startsWith("/fallback/"), request -> {
                    ServerWebExchange exchange = request.exchange();
                    String service = request.path().substring("/fallback/".length());
                    Throwable cause =
                            exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
                    if (cause == null || !SERVICES.contains(service)) {
                        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
                    }
                    BodyTooLargeException tooLarge = tooLarge(cause);
                    if (tooLarge != null) {
                        // The client's streamed body went past the limit on its way to the service.
                        exchange.getResponse().getHeaders().clear();
                        RequestIds.echo(exchange);
                        return GatewayProblems.bodyTooLarge(exchange, tooLarge.limitBytes())
                                .then(Mono.empty());
                    }
                    RequestIds.log(
                            exchange,
                            () -> log.warn(
                                    "{} unavailable for {} {}: {}",
                                    service,
                                    exchange.getRequest().getMethod(),
                                    RequestIds.originalPath(exchange),
                                    cause.toString()));
                    return unavailable(exchange, service).then(Mono.empty());
                })
                .build();
    }

    private static Mono<Void> unavailable(ServerWebExchange exchange, String service) {
        exchange.getResponse().getHeaders().clear();
        RequestIds.echo(exchange);
        return GatewayProblems.serviceUnavailable(exchange, service);
    }

    private static BodyTooLargeException tooLarge(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
