package cn.summerhotline.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;

/**
 * One Resilience4j {@link RateLimiter} per key, held in a bounded cache: a key unseen for a while is
 * forgotten, and a flood of keys cannot grow the memory beyond {@code maxKeys}. A request that finds no
 * permission is refused at once (no waiting on the event loop).
 */
final class Limiters {

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;

    Limiters(String name, int limitForPeriod, Duration refreshPeriod, int maxKeys) {
        this.name = name;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(limitForPeriod)
                .limitRefreshPeriod(refreshPeriod)
                .timeoutDuration(Duration.ZERO)
                .build();
        Duration idle = refreshPeriod.multipliedBy(10);
        this.limiters = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(idle.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : idle)
                .build();
    }

    PublicRateLimiter.Decision acquire(String key) {
        RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(name + ":" + k, config));
        if (limiter.acquirePermission()) {
            return PublicRateLimiter.Decision.PERMITTED;
        }
        return new PublicRateLimiter.Decision(false, retryAfterSeconds(limiter));
    }

    void forgetAll() {
        limiters.invalidateAll();
    }

    private long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : config.getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
