package cn.summerhotline.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * One Resilience4j {@link RateLimiter} per client address, held in a bounded cache: a client unseen
 * for a while is forgotten, and a flood of addresses cannot grow the memory beyond {@code maxClients}.
 * A request that finds no permission is refused at once (no waiting on the event loop).
 */
public class PublicRateLimiter {

    /** Whether the request may go on; if not, after how many seconds the client may try again. */
    public record Decision(boolean permitted, long retryAfterSeconds) {
        static final Decision PERMITTED = new Decision(true, 0);
    }

    private final boolean enabled;
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;
    private final ClientAddresses clients;

    public PublicRateLimiter(RateLimitProperties properties) {
        this.enabled = properties.enabled();
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.limitForPeriod())
                .limitRefreshPeriod(properties.refreshPeriod())
                .timeoutDuration(Duration.ZERO)
                .build();
        Duration idle = properties.refreshPeriod().multipliedBy(10);
        this.limiters = Caffeine.newBuilder()
                .maximumSize(properties.maxClients())
                .expireAfterAccess(idle.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : idle)
                .build();
        this.clients = new ClientAddresses(properties.trustedProxies());
    }

    public Decision acquire(ServerHttpRequest request) {
        if (!enabled) {
            return Decision.PERMITTED;
        }
        String client = clients.of(request);
        RateLimiter limiter = limiters.get(client, key -> RateLimiter.of("public:" + key, config));
        if (limiter.acquirePermission()) {
            return Decision.PERMITTED;
        }
        return new Decision(false, retryAfterSeconds(limiter));
    }

    private long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : config.getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
