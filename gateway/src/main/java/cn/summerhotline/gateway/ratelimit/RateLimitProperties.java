package cn.summerhotline.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client limit of the public endpoints: {@code limitForPeriod} requests per {@code refreshPeriod} for
 * each client address, at most {@code maxClients} clients tracked at once. {@code trustedProxies} are the
 * addresses (load balancers) whose {@code X-Forwarded-For} names the real client.
 */
@ConfigurationProperties("summer.gateway.rate-limit")
public record RateLimitProperties(
        Boolean enabled,
        Integer limitForPeriod,
        Duration refreshPeriod,
        Integer maxClients,
        List<String> trustedProxies) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        limitForPeriod = limitForPeriod == null ? 20 : limitForPeriod;
        refreshPeriod = refreshPeriod == null ? Duration.ofSeconds(1) : refreshPeriod;
        maxClients = maxClients == null ? 100_000 : maxClients;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
