package cn.summerhotline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo token endpoint of the local run (profile {@code local}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class DemoTokenIT {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("summer.security.jwt.secret", () -> Infrastructure.JWT_SECRET);
        registry.add("summer.gateway.services.complaint", () -> Backends.url(Backends.COMPLAINT));
        registry.add("summer.gateway.rate-limit.limit-for-period", () -> "10000");
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        Backends.resetAll();
        client =
                WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @ParameterizedTest
    @CsvSource({
        "city-admin, CITY_ADMIN, city, ",
        "xuhui-admin, DISTRICT_ADMIN, xuhui, ",
        "jiading-admin, DISTRICT_ADMIN, jiading, ",
        "operator, OPERATOR, city, ",
        "xuhui-system, INTEGRATION, xuhui, ",
        "xuhui-squad-reviewer, REVIEWER, xuhui, xuhui-tianping",
        "xuhui-district-reviewer, REVIEWER, xuhui, ",
        "city-reviewer, REVIEWER, city, ",
        "xuhui-officer, SQUAD_OFFICER, xuhui, xuhui-tianping",
        "media, MEDIA, city, "
    })
    void issuesATokenForEachDemoUserThatTheGatewayAccepts(String user, String role, String unit, String squad) {
        Map<String, Object> answer = client.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + user + "\",\"password\":\"hotline\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(answer).containsEntry("token_type", "Bearer");
        assertThat(((Number) answer.get("expires_in")).longValue()).isPositive();
        String token = (String) answer.get("access_token");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .contains("\"sub\":\"" + user + "\"")
                .contains("\"roles\":[\"" + role + "\"]")
                .contains("\"unit\":\"" + unit + "\"");
        if (squad != null) {
            assertThat(claims).contains("\"squad\":\"" + squad + "\"");
        } else {
            assertThat(claims).doesNotContain("squad");
        }

        Backends.COMPLAINT.stubFor(
                get("/api/v1/complaints/categories").willReturn(aResponse().withBody("[]")));
        client.get()
                .uri("/api/v1/complaints/categories")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void refusesAWrongPasswordOrUnknownUserWith401ProblemJson() {
        for (String body : new String[] {
            "{\"username\":\"city-admin\",\"password\":\"wrong\"}", "{\"username\":\"nobody\",\"password\":\"hotline\"}"
        }) {
            client.post()
                    .uri("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://summerhotline.cn/problems/bad-credentials");
        }
    }

    @Test
    void refusesAMalformedBodyWith400ProblemJson() {
        for (String body : new String[] {"{not json", "{\"username\":\"city-admin\"}", ""}) {
            client.post()
                    .uri("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://summerhotline.cn/problems/malformed-request");
        }
    }

    @Test
    void documentsTheTokenEndpointInTheGatewaysOwnOpenApiDocument() {
        client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/auth/token'].post.summary")
                .value(summary -> assertThat((String) summary).contains("Issue a demo token"))
                .jsonPath("$.paths['/api/v1/auth/token'].post.requestBody.content['application/json'].example.username")
                .isEqualTo("city-admin")
                .jsonPath(
                        "$.paths['/api/v1/auth/token'].post.responses['200'].content['application/json'].example.token_type")
                .isEqualTo("Bearer")
                .jsonPath(
                        "$.paths['/api/v1/auth/token'].post.responses['401'].content['application/problem+json'].example.type")
                .isEqualTo("https://summerhotline.cn/problems/bad-credentials")
                .jsonPath("$.paths['/api/v1/auth/token'].post.security.length()")
                .isEqualTo(0)
                .jsonPath("$.components.securitySchemes.bearerAuth.type")
                .isEqualTo("http")
                .jsonPath("$.components.schemas.Problem.properties.type")
                .exists()
                .jsonPath("$.paths['/fallback/{service}']")
                .doesNotExist();
    }

    @Test
    void answersTheTokenEndpointsProblemsInEnglishOnRequest() {
        client.post()
                .uri("/api/v1/auth/token")
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"nobody\",\"password\":\"x\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Bad credentials")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).startsWith("Unknown user or wrong password"));
    }
}
