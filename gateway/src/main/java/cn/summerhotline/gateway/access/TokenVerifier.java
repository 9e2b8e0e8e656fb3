package cn.summerhotline.gateway.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Checks bearer tokens and remembers the ones that passed until they expire. A client sends the same
 * token on every request, so after the first request a check is one cache lookup on the event loop
 * instead of a signature verification (and, with JWKS, no scheduler hop at all).
 */
public class TokenVerifier {

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, VerifiedToken> verified;
    private final Clock clock;

    public TokenVerifier(ReactiveJwtDecoder decoder, int cacheSize, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .expireAfter(Expiry.<String, VerifiedToken>creating(
                        (token, caller) -> Duration.between(clock.instant(), caller.expiresAt())))
                .build();
    }

    /** The caller of a token verified before and not yet expired, else {@code null}. */
    public VerifiedToken cached(String token) {
        VerifiedToken caller = verified.getIfPresent(token);
        if (caller != null && !caller.expiresAt().isAfter(clock.instant())) {
            verified.invalidate(token);
            return null;
        }
        return caller;
    }

    /**
     * Verifies a token not in the cache; errors with {@link JwtException} when it is not acceptable. A token
     * without {@code exp} is refused whatever the decoder's validators say: it could never leave the cache.
     * A token within the clock skew past its expiry is accepted but not remembered.
     */
    public Mono<VerifiedToken> verify(String token) {
        return decoder.decode(token).handle((jwt, sink) -> {
            if (jwt.getExpiresAt() == null) {
                sink.error(new BadJwtException("The token has no exp"));
                return;
            }
            VerifiedToken caller = callerOf(jwt);
            if (caller.expiresAt().isAfter(clock.instant())) {
                verified.put(token, caller);
            }
            sink.next(caller);
        });
    }

    private static VerifiedToken callerOf(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new VerifiedToken(
                jwt.getSubject(),
                roles,
                jwt.getClaimAsString("unit"),
                jwt.getClaimAsString("squad"),
                jwt.getExpiresAt());
    }

    /** Tokens of this platform name a subject, carry roles and expire: anything else is not ours. */
    static OAuth2TokenValidator<Jwt> platformClaims() {
        return jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            if (jwt.getSubject() == null || roles == null || roles.isEmpty() || jwt.getExpiresAt() == null) {
                return OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "The token lacks sub, roles or exp", null));
            }
            return OAuth2TokenValidatorResult.success();
        };
    }
}
