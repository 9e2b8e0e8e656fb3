package cn.summerhotline.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeout of each route, on the HTTP client's connection: Netty's read timeout runs on the connection's own
 * event loop. The gateway's {@code response-timeout} route metadata and Resilience4j's time limiter both use a
 * Reactor {@code timeout}, which puts a timer task on the parallel scheduler for every request (measured: a
 * scheduler hop per request). A route whose service stays silent this long fails, its circuit breaker counts the
 * failure and answers 503.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpClientTuning.Timeouts.class)
class HttpClientTuning {

    /**
     * @param services each service's base URL, by name ({@code complaint}, {@code publicity}, ...)
     * @param responseTimeout how long any service may stay silent on a request
     * @param responseTimeouts a longer or shorter limit for the routes of one service, by the same name
     */
    @ConfigurationProperties("summer.gateway")
    record Timeouts(
            Map<String, String> services,
            @DefaultValue("5s") Duration responseTimeout,
            Map<String, Duration> responseTimeouts) {

        Timeouts {
            services = services == null ? Map.of() : Map.copyOf(services);
            responseTimeouts = responseTimeouts == null ? Map.of() : Map.copyOf(responseTimeouts);
        }

        /** The services with a limit of their own, as URL prefixes, resolved once. */
        List<Map.Entry<String, Duration>> byUrlPrefix() {
            return responseTimeouts.entrySet().stream()
                    .filter(entry -> services.containsKey(entry.getKey()))
                    .map(entry -> Map.entry(services.get(entry.getKey()), entry.getValue()))
                    .toList();
        }
    }

    @Bean
    HttpClientCustomizer responseTimeouts(Timeouts timeouts) {
        List<Map.Entry<String, Duration>> ownLimits = timeouts.byUrlPrefix();
        return client -> {
            var limited = client.responseTimeout(timeouts.responseTimeout());
            if (ownLimits.isEmpty()) {
                return limited;
            }
            return limited.doOnRequest((request, connection) -> {
                String url = request.resourceUrl();
                for (Map.Entry<String, Duration> limit : ownLimits) {
                    if (url.startsWith(limit.getKey())) {
                        request.responseTimeout(limit.getValue());
                        return;
                    }
                }
            });
        };
    }
}
