package cn.summerhotline.gateway.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked: an HMAC secret (local runs, tests) or the identity provider's JWKS URI
 * (production). Verified tokens are remembered until they expire, at most {@code cacheSize} of them.
 */
@ConfigurationProperties("summer.security.jwt")
public record JwtProperties(String secret, String jwksUri, Integer cacheSize, Duration clockSkew) {

    public JwtProperties {
        cacheSize = cacheSize == null ? 100_000 : cacheSize;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }

    boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }

    boolean hasJwksUri() {
        return jwksUri != null && !jwksUri.isBlank();
    }
}
