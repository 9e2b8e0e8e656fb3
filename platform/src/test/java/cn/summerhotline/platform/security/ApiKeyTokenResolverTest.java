package cn.summerhotline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class ApiKeyTokenResolverTest {

    private static final String KEYED = "/open311/v2/requests.json";
    private static final String OTHER = "/api/v1/complaints";
    private static final String TOKEN = "abc.def.ghi";

    private final ApiKeyTokenResolver resolver = new ApiKeyTokenResolver(List.of("/open311/**"));

    @Test
    void shouldReadTheKeyFromTheQueryOnAnApiKeyPath() {
        assertThat(resolver.resolve(get(KEYED, null, TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void shouldReadTheKeyFromAFormBodyOnAnApiKeyPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", KEYED);
        request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        request.addParameter("service_code", "GROUP_RENTING");
        request.addParameter("api_key", TOKEN);

        assertThat(resolver.resolve(request)).isEqualTo(TOKEN);
    }

    @Test
    void shouldReadTheBearerHeaderEverywhere() {
        assertThat(resolver.resolve(get(KEYED, TOKEN))).isEqualTo(TOKEN);
        assertThat(resolver.resolve(get(OTHER, TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void shouldRefuseAHeaderAndAKeyTogetherOrTwoKeysAsInvalidRequest() {
        for (MockHttpServletRequest request : List.of(get(KEYED, TOKEN, TOKEN), get(KEYED, null, TOKEN, "jkl.mno"))) {
            assertThatThrownBy(() -> resolver.resolve(request))
                    .isInstanceOfSatisfying(
                            OAuth2AuthenticationException.class,
                            refused -> assertThat(refused.getError().getErrorCode())
                                    .isEqualTo("invalid_request"));
        }
    }

    @Test
    void shouldIgnoreApiKeyOutsideTheConfiguredPathsAndABlankKey() {
        assertThat(resolver.resolve(get(OTHER, null, TOKEN))).isNull();
        assertThat(resolver.resolve(get(OTHER, TOKEN, "jkl.mno"))).isEqualTo(TOKEN);
        assertThat(resolver.resolve(get(KEYED, null, ""))).isNull();
        assertThat(new ApiKeyTokenResolver(List.of()).resolve(get(KEYED, null, TOKEN)))
                .isNull();
    }

    private static MockHttpServletRequest get(String path, String bearer, String... apiKeys) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (bearer != null) {
            request.addHeader("Authorization", "Bearer " + bearer);
        }
        if (apiKeys.length > 0) {
            request.addParameter("api_key", apiKeys);
        }
        return request;
    }
}
