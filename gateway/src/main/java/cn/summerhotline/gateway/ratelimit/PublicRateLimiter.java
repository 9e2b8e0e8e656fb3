package cn.summerhotline.gateway.ratelimit;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The limits of the public endpoints: anonymous citizens per client address, callers with a verified token
 * or {@code api_key} per token subject with a higher limit of their own (see {@link RateLimitProperties}).
 */
public class PublicRateLimiter {

    /** Whether the request may go on; if not, after how many seconds the client may try again. */
    public record Decision(boolean permitted, long retryAfterSeconds) {
        static final Decision PERMITTED = new Decision(true, 0);
    }

    private final boolean enabled;
    private final Limiters anonymous;
    private final Limiters keyed;
    private final ClientAddresses clients;

    public PublicRateLimiter(RateLimitProperties properties) {
        this(properties, new ClientAddresses(properties.trustedProxies()));
    }

    public PublicRateLimiter(RateLimitProperties properties, ClientAddresses clients) {
        this.enabled = properties.enabled();
        this.anonymous = new Limiters(
                "public", properties.limitForPeriod(), properties.refreshPeriod(), properties.maxClients());
        RateLimitProperties.Keyed keys = properties.keyed();
        this.keyed = new Limiters("keyed", keys.limitForPeriod(), keys.refreshPeriod(), keys.maxKeys());
        this.clients = clients;
    }

    /** An anonymous request, limited per client address. */
    public Decision acquire(ServerHttpRequest request) {
        return enabled ? anonymous.acquire(clients.of(request)) : Decision.PERMITTED;
    }

    /** A request whose token (or {@code api_key}) was verified, limited per token subject. */
    public Decision acquireKeyed(String subject) {
        return enabled ? keyed.acquire(subject) : Decision.PERMITTED;
    }

    /** Forgets every client and key (tests, and an operator lifting a block at once). */
    public void forgetAll() {
        anonymous.forgetAll();
        keyed.forgetAll();
    }
}
