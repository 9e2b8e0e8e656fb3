package cn.summerhotline.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the token decoder from {@link JwtProperties}, refusing to start without a way to verify tokens. */
final class TokenDecoders {

    static final int MIN_SECRET_BYTES = 32;

    private TokenDecoders() {}

    static JwtDecoder fromProperties(JwtProperties properties) {
        if (hasText(properties.jwksUri())) {
            return withExpiryRequired(
                    NimbusJwtDecoder.withJwkSetUri(properties.jwksUri()).build());
        }
        if (!hasText(properties.secret())) {
            throw new IllegalStateException("No way to verify tokens: set SUMMER_JWKS_URI (the identity provider's"
                    + " JWK set) in production, or SUMMER_JWT_SECRET (HS256, at least " + MIN_SECRET_BYTES
                    + " bytes) for a local run.");
        }
        byte[] key = properties.secret().getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(
                    "SUMMER_JWT_SECRET is " + key.length + " bytes; HS256 needs at least " + MIN_SECRET_BYTES);
        }
        return withExpiryRequired(NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build());
    }

    /**
     * The default validators check {@code exp} only when it is there; a token without one would be valid
     * for ever, so it is refused.
     */
    private static JwtDecoder withExpiryRequired(NimbusJwtDecoder decoder) {
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return decoder;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
