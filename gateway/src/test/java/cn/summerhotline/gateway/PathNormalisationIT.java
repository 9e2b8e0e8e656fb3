package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** The gateway decides on the path it routes: decoded once, classified, sent on in canonical form. */
class PathNormalisationIT extends GatewayITSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/%61pi/v1/complaints/categories",
                "/api/v1/%63omplaints",
                "/api/v1/complaint%73/categories",
                "/api/%761/publicity/themes",
                "/api/v1/%70ublicity/themes",
                "/api/v1/%6Fpenday/cloud/sections",
                "/api/v1/openday/%63loud/sections",
                "/api/v1/review%73/levels",
                "/api/v1/reviews/%70ublic/reports",
                "/api/v1/complaints/%63ategories"
            })
    void refusesEncodedLetterVariantsOfProtectedPathsWithoutAToken(String rawPath) {
        client.get()
                .uri(raw(rawPath))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/unauthenticated")
                .jsonPath("$.reason")
                .isEqualTo("missing-token");
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
        assertThat(Backends.PUBLICITY.getAllServeEvents()).isEmpty();
        assertThat(Backends.REVIEW.getAllServeEvents()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void routesThePathItClassifiedInCanonicalForm() {
        Backends.COMPLAINT.stubFor(
                get(urlPathMatching(".*")).willReturn(aResponse().withBody("[]")));
        String token = TestTokens.bearer(TestTokens.operator());

        client.get()
                .uri(raw("/%61pi/v1/complaints/categories?page=1"))
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri(raw("/api/v1/complaints/track/%e4%b8%ad%20x"))
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isOk();

        Backends.COMPLAINT.verify(getRequestedFor(urlEqualTo("/api/v1/complaints/categories?page=1")));
        Backends.COMPLAINT.verify(getRequestedFor(urlEqualTo("/api/v1/complaints/track/%E4%B8%AD%20x")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/complaints/track/%2e%2e/categories",
                "/api/v1/complaints/track/..%2fcategories",
                "/api/v1/complaints/track/x%5c..",
                "/api/v1/complaints/track/x;jsessionid=1",
                "/api/v1/complaints/track/SH1%3bv=1",
                "/api/v1/complaints/track/%252e%252e",
                "/api/v1/complaints//categories",
                "/api/v1/complaints/track/x%00",
                "/api/v1/complaints/track/%C0%AE%C0%AE",
                "/api/v1/complaints/track/%E4%B8",
                "/actuator/%2e%2e/v3/api-docs",
                "/nothing/./here"
            })
    void refusesAmbiguousPathsWith400ProblemJson(String rawPath) {
        client.get()
                .uri(raw(rawPath))
                .header("Authorization", TestTokens.bearer(TestTokens.cityAdmin()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://summerhotline.cn/problems/malformed-path")
                .jsonPath("$.title")
                .isEqualTo("路径格式错误");
        assertThat(Backends.COMPLAINT.getAllServeEvents()).isEmpty();
    }
}
