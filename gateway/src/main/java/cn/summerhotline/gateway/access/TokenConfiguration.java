package cn.summerhotline.gateway.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * The token key: an HS256 secret or a JWKS URI, never a default. Spring Security's web filter chain is
 * not used (its auto-configuration is excluded): one filter checks tokens, see {@link AccessFilter}.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    static final int MIN_SECRET_BYTES = 32;

    @Bean
    TokenVerifier tokenVerifier(TokenVerifierProperties properties) {
        NimbusReactiveJwtDecoder decoder = decoder(properties);
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, TokenVerifier.platformClaims()));
        return new TokenVerifier(decoder, properties.cacheSize(), Clock.systemUTC());
    }

    static NimbusReactiveJwtDecoder decoder(TokenVerifierProperties properties) {
        if (properties.hasJwksUri()) {
            return NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
        }
        if (!properties.hasSecret()) {
            throw new MissingTokenKeyException("The gateway has no way to check tokens: neither"
                    + " summer.security.jwt.secret (SUMMER_JWT_SECRET) nor summer.security.jwt.jwks-uri"
                    + " (SUMMER_JWKS_URI) is set.");
        }
        byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new MissingTokenKeyException("summer.security.jwt.secret (SUMMER_JWT_SECRET) has " + secret.length
                    + " bytes; HS256 needs at least " + MIN_SECRET_BYTES + ".");
        }
        SecretKey key = new SecretKeySpec(secret, "HmacSHA256");
        return NimbusReactiveJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}
