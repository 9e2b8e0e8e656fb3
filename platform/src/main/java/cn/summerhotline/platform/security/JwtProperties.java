package cn.summerhotline.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked. Exactly one of an HMAC secret (local runs and tests) or the identity provider's
 * JWKS URI (production) must be given; there is deliberately no default secret.
 *
 * @param secret HS256 secret, at least 32 bytes (env {@code SUMMER_JWT_SECRET})
 * @param jwksUri the identity provider's JWK set URI (env {@code SUMMER_JWKS_URI})
 * @param publicEndpoints endpoints open without a token, as {@code "METHOD /path/pattern"} or {@code
 *     "/path/pattern"} for every method
 */
@ConfigurationProperties("summer.security.jwt")
public record JwtProperties(String secret, String jwksUri, List<String> publicEndpoints) {

    public JwtProperties {
        publicEndpoints = publicEndpoints == null ? List.of() : List.copyOf(publicEndpoints);
    }
}
