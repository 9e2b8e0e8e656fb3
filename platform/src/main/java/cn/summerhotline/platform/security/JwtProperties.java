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
 * @param apiKeyPaths path patterns where the same token may also come as an {@code api_key} query or form
 *     parameter (GeoReport v2 clients send it so), e.g. {@code /open311/**}; nowhere else is {@code api_key} read
 */
@ConfigurationProperties("summer.security.jwt")
public record JwtProperties(String secret, String jwksUri, List<String> publicEndpoints, List<String> apiKeyPaths) {

    public JwtProperties {
        publicEndpoints = publicEndpoints == null ? List.of() : List.copyOf(publicEndpoints);
        apiKeyPaths = apiKeyPaths == null ? List.of() : List.copyOf(apiKeyPaths);
    }
}
