package cn.summerhotline.gateway.fallback;

import cn.summerhotline.gateway.problem.Problems;
import cn.summerhotline.gateway.requestid.RequestIds;
import java.util.Map;
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
        return Problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                service + " 暂时不可用，请稍后再试。" + service + " is unavailable at the moment; please retry later.",
                Map.of("service", service));
    }
}
