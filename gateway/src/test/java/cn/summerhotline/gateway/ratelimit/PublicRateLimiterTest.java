package cn.summerhotline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class PublicRateLimiterTest {

    private static MockServerHttpRequest from(String address, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/api/v1/openday/public/x")
                .remoteAddress(new InetSocketAddress(address, 40000));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder.build();
    }

    @Test
    void permitsTheLimitPerClientThenRefusesWithARetryAfter() {
        PublicRateLimiter limiter =
                new PublicRateLimiter(new RateLimitProperties(true, 3, Duration.ofSeconds(20), 100, List.of(), null));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(from("10.1.1.1", null)).permitted()).isTrue();
        }
        PublicRateLimiter.Decision refused = limiter.acquire(from("10.1.1.1", null));
        assertThat(refused.permitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        assertThat(limiter.acquire(from("10.1.1.2", null)).permitted()).isTrue();
    }

    @Test
    void ignoresXForwardedForFromAnUntrustedPeer() {
        PublicRateLimiter limiter =
                new PublicRateLimiter(new RateLimitProperties(true, 1, Duration.ofSeconds(20), 100, List.of(), null));
        assertThat(limiter.acquire(from("10.1.1.1", "1.2.3.4")).permitted()).isTrue();
        assertThat(limiter.acquire(from("10.1.1.1", "5.6.7.8")).permitted()).isFalse();
    }

    @Test
    void believesTheRightMostUntrustedHopBehindATrustedProxy() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.1", "10.0.0.2"));
        assertThat(addresses.of(from("10.0.0.1", "spoofed, 1.2.3.4, 10.0.0.2"))).isEqualTo("1.2.3.4");
        assertThat(addresses.of(from("10.0.0.1", null))).isEqualTo("10.0.0.1");
        assertThat(addresses.of(from("10.9.9.9", "1.2.3.4"))).isEqualTo("10.9.9.9");
    }

    @Test
    void limitsVerifiedCallersPerSubjectWithTheirOwnHigherLimit() {
        PublicRateLimiter limiter = new PublicRateLimiter(new RateLimitProperties(
                true, 1, Duration.ofSeconds(20), 100, List.of(), new RateLimitProperties.Keyed(3, null, null)));

        assertThat(limiter.acquire(from("10.1.1.1", null)).permitted()).isTrue();
        assertThat(limiter.acquire(from("10.1.1.1", null)).permitted()).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquireKeyed("xuhui-system").permitted()).isTrue();
        }
        PublicRateLimiter.Decision refused = limiter.acquireKeyed("xuhui-system");
        assertThat(refused.permitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 1L);
        assertThat(limiter.acquireKeyed("jiading-system").permitted()).isTrue();

        limiter.forgetAll();
        assertThat(limiter.acquire(from("10.1.1.1", null)).permitted()).isTrue();
        assertThat(limiter.acquireKeyed("xuhui-system").permitted()).isTrue();
    }

    @Test
    void canBeSwitchedOff() {
        PublicRateLimiter limiter =
                new PublicRateLimiter(new RateLimitProperties(false, 1, Duration.ofSeconds(20), 100, List.of(), null));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire(from("10.1.1.1", null)).permitted()).isTrue();
        }
    }
}
