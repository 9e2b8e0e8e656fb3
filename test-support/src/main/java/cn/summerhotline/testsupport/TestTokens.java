package cn.summerhotline.testsupport;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Mints HS256 tokens with the test secret, as the organisation's identity provider would. */
public final class TestTokens {

    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableSecret<>(
            new SecretKeySpec(Infrastructure.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));

    private TestTokens() {}

    public static String token(String subject, String unit, String squad, String... roles) {
        return token(subject, unit, squad, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String token(String subject, String unit, String squad, Instant expiresAt, String... roles) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt)
                .claim("roles", List.of(roles));
        if (unit != null) {
            claims.claim("unit", unit);
        }
        if (squad != null) {
            claims.claim("squad", squad);
        }
        return ENCODER.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    /** A token that would be valid for ever: services and the gateway must refuse it. */
    public static String tokenWithoutExpiry(String subject, String unit, String... roles) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(Instant.now())
                .claim("unit", unit)
                .claim("roles", List.of(roles))
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    public static String cityAdmin() {
        return token("city-admin", "city", null, "CITY_ADMIN");
    }

    public static String districtAdmin(String district) {
        return token(district + "-admin", district, null, "DISTRICT_ADMIN");
    }

    public static String operator() {
        return token("operator", "city", null, "OPERATOR");
    }

    public static String integration(String district) {
        return token(district + "-system", district, null, "INTEGRATION");
    }

    public static String squadOfficer(String district, String squad) {
        return token(district + "-officer", district, squad, "SQUAD_OFFICER");
    }

    public static String reviewer(String unit, String squad) {
        return token(unit + (squad == null ? "" : "-squad") + "-reviewer", unit, squad, "REVIEWER");
    }

    public static String media() {
        return token("media", "city", null, "MEDIA");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
