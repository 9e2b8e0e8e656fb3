package cn.summerhotline.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public endpoints. Anonymous callers: {@code limitForPeriod} requests per {@code refreshPeriod}
 * for each client address, at most {@code maxClients} clients tracked at once; {@code trustedProxies} are the
 * addresses (load balancers) whose {@code X-Forwarded-For} names the real client. Callers with a valid token
 * or Open311 {@code api_key} (operators, district systems) are limited per token subject instead, by
 * {@code keyed}.
 */
@ConfigurationProperties("summer.gateway.rate-limit")
public record RateLimitProperties(
        Boolean enabled,
        Integer limitForPeriod,
        Duration refreshPeriod,
        Integer maxClients,
        List<String> trustedProxies,
        Keyed keyed) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        limitForPeriod = limitForPeriod == null ? 20 : limitForPeriod;
        refreshPeriod = refreshPeriod == null ? Duration.ofSeconds(1) : refreshPeriod;
        maxClients = maxClients == null ? 100_000 : maxClients;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        keyed = keyed == null ? new Keyed(null, null, null) : keyed;
    }

    /** The limit per token subject: {@code limitForPeriod} per {@code refreshPeriod}, {@code maxKeys} at once. */
    public record Keyed(Integer limitForPeriod, Duration refreshPeriod, Integer maxKeys) {

        public Keyed {
            limitForPeriod = limitForPeriod == null ? 200 : limitForPeriod;
            refreshPeriod = refreshPeriod == null ? Duration.ofSeconds(1) : refreshPeriod;
            maxKeys = maxKeys == null ? 100_000 : maxKeys;
        }
    }
}
