package cn.summerhotline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenDecodersTest {

    @Test
    void shouldRefuseToStartWithNeitherSecretNorJwksUri() {
        assertThatThrownBy(() -> TokenDecoders.fromProperties(new JwtProperties(null, " ", List.of(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUMMER_JWKS_URI")
                .hasMessageContaining("SUMMER_JWT_SECRET");
    }

    @Test
    void shouldRefuseASecretTooShortForHs256() {
        assertThatThrownBy(() -> TokenDecoders.fromProperties(new JwtProperties("short", null, List.of(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void shouldReadRolesUnitAndSquadFromAVerifiedToken() {
        var decoder =
                TokenDecoders.fromProperties(new JwtProperties(Infrastructure.JWT_SECRET, null, List.of(), List.of()));
        var jwt = decoder.decode(
                TestTokens.token("xuhui-officer", "xuhui", "xuhui-tianping", "SQUAD_OFFICER", "NOT_A_ROLE"));

        var authentication = new CallerAuthentication().convert(jwt);
        Caller caller = CallerAuthentication.caller(authentication);

        assertThat(authentication.getAuthorities()).extracting("authority").containsExactly("ROLE_SQUAD_OFFICER");
        assertThat(caller.subject()).isEqualTo("xuhui-officer");
        assertThat(caller.unit()).isEqualTo("xuhui");
        assertThat(caller.squad()).isEqualTo("xuhui-tianping");
        assertThat(caller.mayAccessDistrict("xuhui")).isTrue();
        assertThat(caller.mayAccessDistrict("jiading")).isFalse();
    }
}
