package cn.summerhotline.gateway.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway's {@link TokenVerifier} checks tokens: an HMAC secret (local runs, tests) or the identity
 * provider's JWKS URI (production). Verified tokens are remembered until they expire, at most {@code
 * cacheSize} of them. The prefix is the services' ({@code summer.security.jwt}): {@code SUMMER_JWT_SECRET} and
 * {@code SUMMER_JWKS_URI} configure the gateway and the services alike.
 */
@ConfigurationProperties("summer.security.jwt")
public record TokenVerifierProperties(String secret, String jwksUri, Integer cacheSize, Duration clockSkew) {

    public TokenVerifierProperties {
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
