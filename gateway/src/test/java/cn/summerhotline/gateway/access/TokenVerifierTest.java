package cn.summerhotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import reactor.test.StepVerifier;

class TokenVerifierTest {

    private final TokenVerifierProperties properties =
            new TokenVerifierProperties(Infrastructure.JWT_SECRET, null, 100, Duration.ZERO);

    private TokenVerifier verifierAt(Clock clock) {
        var decoder = TokenConfiguration.decoder(properties);
        decoder.setJwtValidator(new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                new org.springframework.security.oauth2.jwt.JwtTimestampValidator(Duration.ZERO),
                TokenVerifier.platformClaims()));
        return new TokenVerifier(decoder, 100, clock);
    }

    @Test
    void remembersAVerifiedTokenWithItsClaims() {
        TokenVerifier verifier = verifierAt(Clock.systemUTC());
        String token = TestTokens.reviewer("xuhui", "xuhui-tianping");
        assertThat(verifier.cached(token)).isNull();

        StepVerifier.create(verifier.verify(token))
                .assertNext(caller -> {
                    assertThat(caller.roles()).containsExactly("REVIEWER");
                    assertThat(caller.unit()).isEqualTo("xuhui");
                    assertThat(caller.squad()).isEqualTo("xuhui-tianping");
                })
                .verifyComplete();
        assertThat(verifier.cached(token)).isNotNull();
    }

    @Test
    void forgetsACachedTokenOnceItHasExpired() {
        Instant expiry = Instant.now().plusSeconds(60);
        String token = TestTokens.token("operator", "city", null, expiry, "OPERATOR");
        MutableClock clock = new MutableClock(Instant.now());
        TokenVerifier verifier = verifierAt(clock);
        StepVerifier.create(verifier.verify(token)).expectNextCount(1).verifyComplete();
        assertThat(verifier.cached(token)).isNotNull();

        clock.now = expiry.plusSeconds(1);
        assertThat(verifier.cached(token)).isNull();
    }

    @Test
    void refusesATokenWithoutExpiryEvenWhenTheDecoderAcceptsIt() {
        String token = cn.summerhotline.gateway.ExtraTokens.withoutExpiry("xuhui-system", "INTEGRATION");
        var lenient = TokenConfiguration.decoder(properties); // default validators: exp is optional there
        TokenVerifier verifier = new TokenVerifier(lenient, 100, Clock.systemUTC());

        StepVerifier.create(verifier.verify(token))
                .expectError(JwtException.class)
                .verify();
        StepVerifier.create(verifierAt(Clock.systemUTC()).verify(token))
                .expectError(JwtException.class)
                .verify();
        assertThat(verifier.cached(token)).isNull();
    }

    @Test
    void doesNotRememberATokenAcceptedWithinTheClockSkewAfterItsExpiry() {
        Instant expiry = Instant.now().minusSeconds(5);
        String token = TestTokens.token("operator", "city", null, expiry, "OPERATOR");
        var decoder = TokenConfiguration.decoder(properties);
        decoder.setJwtValidator(
                new org.springframework.security.oauth2.jwt.JwtTimestampValidator(Duration.ofSeconds(30)));
        TokenVerifier verifier = new TokenVerifier(decoder, 100, Clock.systemUTC());

        StepVerifier.create(verifier.verify(token)).expectNextCount(1).verifyComplete();
        assertThat(verifier.cached(token)).isNull();
    }

    @Test
    void refusesATokenWithoutRoles() {
        String token = TestTokens.token("nobody", "city", null);
        StepVerifier.create(verifierAt(Clock.systemUTC()).verify(token))
                .expectError(JwtException.class)
                .verify();
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        var other = new org.springframework.security.oauth2.jwt.NimbusJwtEncoder(
                new com.nimbusds.jose.jwk.source.ImmutableSecret<>(new javax.crypto.spec.SecretKeySpec(
                        "another-secret-that-is-long-enough-32b".getBytes(), "HmacSHA256")));
        String token = other.encode(org.springframework.security.oauth2.jwt.JwtEncoderParameters.from(
                        org.springframework.security.oauth2.jwt.JwsHeader.with(
                                        org.springframework.security.oauth2.jose.jws.MacAlgorithm.HS256)
                                .build(),
                        org.springframework.security.oauth2.jwt.JwtClaimsSet.builder()
                                .subject("x")
                                .claim("roles", java.util.List.of("CITY_ADMIN"))
                                .expiresAt(Instant.now().plusSeconds(600))
                                .build()))
                .getTokenValue();
        StepVerifier.create(verifierAt(Clock.systemUTC()).verify(token))
                .expectError(JwtException.class)
                .verify();
    }

    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
