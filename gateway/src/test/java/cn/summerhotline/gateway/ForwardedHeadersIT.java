package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The services and the documents learn the gateway's public URL from configuration, never from the client. */
class ForwardedHeadersIT extends GatewayITSupport {

    @Test
    void sendsTheConfiguredForwardedHeadersInsteadOfTheClients() {
        Backends.COMPLAINT.stubFor(
                get("/open311/v2/discovery.json").willReturn(aResponse().withBody("{}")));

        client.get()
                .uri("/open311/v2/discovery.json")
                .header("Host", "evil.example.com")
                .header("Forwarded", "for=1.2.3.4;host=evil.example.com;proto=http")
                .header("X-Forwarded-Host", "evil.example.com")
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Port", "81")
                .header("X-Forwarded-Prefix", "/evil")
                .header("X-Forwarded-For", "1.2.3.4")
                .exchange()
                .expectStatus()
                .isOk();

        Backends.COMPLAINT.verify(getRequestedFor(urlEqualTo("/open311/v2/discovery.json"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-Host", equalTo("hotline.example.cn"))
                .withHeader("X-Forwarded-Port", equalTo("443"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Prefix", absent())
                .withHeader("Forwarded", absent()));
    }

    @Test
    void servesEachServicesDocumentWithThePublicUrlAsServerWhateverTheHost() {
        Backends.COMPLAINT.stubFor(get("/v3/api-docs")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"complaint-service\"},"
                                + "\"servers\":[{\"url\":\"http://evil.example.com\"}],\"paths\":{}}")));

        for (String host : new String[] {"evil.example.com", "127.0.0.1:" + port}) {
            client.get()
                    .uri("/v3/api-docs/complaint-service")
                    .header("Host", host)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.info.title")
                    .isEqualTo("complaint-service")
                    .jsonPath("$.servers.length()")
                    .isEqualTo(1)
                    .jsonPath("$.servers[0].url")
                    .isEqualTo(PUBLIC_URL)
                    .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                    .isEqualTo("bearer")
                    .jsonPath("$.security[0].bearerAuth")
                    .isArray();
        }
        Backends.COMPLAINT.verify(getRequestedFor(urlEqualTo("/v3/api-docs"))
                .withHeader("Host", equalTo("127.0.0.1:" + Backends.COMPLAINT.port()))
                .withHeader("X-Forwarded-Host", equalTo("hotline.example.cn")));
    }

    @Test
    void keepsTheSecuritySchemesAServiceDeclares() {
        Backends.REVIEW.stubFor(
                get("/v3/api-docs")
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"review-service\"},\"paths\":{},"
                                                        + "\"components\":{\"securitySchemes\":{\"jwt\":{\"type\":\"http\",\"scheme\":\"bearer\"}}}}")));

        client.get()
                .uri("/v3/api-docs/review-service")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servers[0].url")
                .isEqualTo(PUBLIC_URL)
                .jsonPath("$.components.securitySchemes.jwt.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth")
                .doesNotExist();
    }

    @Test
    void servesTheGatewaysOwnDocumentWithThePublicUrlAndTheBearerScheme() {
        client.get()
                .uri("/v3/api-docs")
                .header("Host", "evil.example.com")
                .header("Authorization", TestTokens.bearer(TestTokens.media()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("gateway")
                .jsonPath("$.servers[0].url")
                .isEqualTo(PUBLIC_URL)
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.paths['/api/v1/auth/token']")
                .doesNotExist();
    }
}
