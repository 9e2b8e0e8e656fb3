package cn.summerhotline.complaint.open311;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/** The key of a GeoReport request: the bearer token's caller, else the one of {@code api_key} (the same token). */
@Component
class Open311Keys {

    private final JwtDecoder tokens;

    Open311Keys(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    /** The keyed caller; a request without any key is answered 401, a forged key 403. */
    Caller required(Caller caller, String apiKey) {
        return optional(caller, apiKey).orElseThrow(() -> new Open311Error(401, "api_key is required"));
    }

    /** The keyed caller, or empty for a public read without a key; a forged key is still 403. */
    Optional<Caller> optional(Caller caller, String apiKey) {
        if (caller.authenticated()) {
            return Optional.of(caller);
        }
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        try {
            Jwt jwt = tokens.decode(apiKey);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> claimed = jwt.getClaimAsStringList("roles");
            if (claimed != null) {
                Arrays.stream(Role.values())
                        .filter(r -> claimed.contains(r.name()))
                        .forEach(roles::add);
            }
            return Optional.of(
                    new Caller(jwt.getSubject(), roles, jwt.getClaimAsString("unit"), jwt.getClaimAsString("squad")));
        } catch (JwtException invalid) {
            throw new Open311Error(403, "api_key is not valid");
        }
    }
}
