package cn.summerhotline.gateway;

import cn.summerhotline.testsupport.Infrastructure;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Tokens that TestTokens does not make: correctly signed, with roles, but never expiring. */
public final class ExtraTokens {

    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableSecret<>(
            new SecretKeySpec(Infrastructure.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));

    private ExtraTokens() {}

    public static String withoutExpiry(String subject, String role) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .claim("unit", "xuhui")
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
