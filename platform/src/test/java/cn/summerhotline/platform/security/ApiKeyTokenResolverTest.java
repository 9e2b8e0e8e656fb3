package cn.summerhotline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class ApiKeyTokenResolverTest {

    private final ApiKeyTokenResolver resolver = new ApiKeyTokenResolver(List.of("/open311/**"));

    @Test
    void shouldReadTheKeyFromTheQueryOnAnApiKeyPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
        request.setQueryString("api_key=abc.def.ghi");
        request.addParameter("api_key", "abc.def.ghi");

        assertThat(resolver.resolve(request)).isEqualTo("abc.def.ghi");
    }

    @Test
    void shouldReadTheKeyFromAFormBodyOnAnApiKeyPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/open311/v2/requests.json");
        request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        request.addParameter("service_code", "GROUP_RENTING");
        request.addParameter("api_key", "abc.def.ghi");

        assertThat(resolver.resolve(request)).isEqualTo("abc.def.ghi");
    }

    @Test
    void shouldReadTheBearerHeaderEverywhere() {
        MockHttpServletRequest keyed = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
        keyed.addHeader("Authorization", "Bearer abc.def.ghi");
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/api/v1/complaints");
        other.addHeader("Authorization", "Bearer abc.def.ghi");

        assertThat(resolver.resolve(keyed)).isEqualTo("abc.def.ghi");
        assertThat(resolver.resolve(other)).isEqualTo("abc.def.ghi");
    }

    @Test
    void shouldRefuseAHeaderAndAKeyTogetherOrTwoKeysAsInvalidRequest() {
        MockHttpServletRequest both = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
        both.addHeader("Authorization", "Bearer abc.def.ghi");
        both.addParameter("api_key", "abc.def.ghi");
        MockHttpServletRequest twice = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
        twice.addParameter("api_key", "abc.def.ghi", "jkl.mno.pqr");

        for (MockHttpServletRequest request : List.of(both, twice)) {
            assertThatThrownBy(() -> resolver.resolve(request))
                    .isInstanceOfSatisfying(
                            OAuth2AuthenticationException.class,
                            refused -> assertThat(refused.getError().getErrorCode())
                                    .isEqualTo("invalid_request"));
        }
    }

    @Test
    void shouldIgnoreApiKeyOutsideTheConfiguredPathsAndABlankKey() {
        MockHttpServletRequest outside = new MockHttpServletRequest("GET", "/api/v1/complaints");
        outside.addParameter("api_key", "abc.def.ghi");
        MockHttpServletRequest outsideWithHeader = new MockHttpServletRequest("GET", "/api/v1/complaints");
        outsideWithHeader.addHeader("Authorization", "Bearer abc.def.ghi");
        outsideWithHeader.addParameter("api_key", "jkl.mno.pqr");
        MockHttpServletRequest blank = new MockHttpServletRequest("GET", "/open311/v2/requests.json");
        blank.addParameter("api_key", "");

        assertThat(resolver.resolve(outside)).isNull();
        assertThat(resolver.resolve(outsideWithHeader)).isEqualTo("abc.def.ghi");
        assertThat(resolver.resolve(blank)).isNull();
        assertThat(new ApiKeyTokenResolver(List.of()).resolve(outside)).isNull();
    }
}
