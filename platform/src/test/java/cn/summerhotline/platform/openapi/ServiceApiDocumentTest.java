package cn.summerhotline.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.security.JwtProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the platform adds to a service's generated OpenAPI document, seen in the document a caller reads. */
class ServiceApiDocumentTest {

    private static final List<String> PUBLIC =
            List.of("POST /api/v1/things", "GET /api/v1/things/track/**", "/open/**");

    @Test
    void shouldRequireTheBearerTokenEverywhereButOnTheDeclaredPublicEndpoints() {
        OpenAPI document = customized();

        assertThat(document.getSecurity())
                .singleElement()
                .satisfies(r -> assertThat(r).containsKey("bearerJwt"));
        assertThat(document.getComponents()
                        .getSecuritySchemes()
                        .get("bearerJwt")
                        .getBearerFormat())
                .isEqualTo("JWT");
        assertThat(operation(document, "/api/v1/things", PathItem.HttpMethod.POST)
                        .getSecurity())
                .isEmpty();
        assertThat(operation(document, "/api/v1/things/track/{number}", PathItem.HttpMethod.GET)
                        .getSecurity())
                .isEmpty();
        assertThat(operation(document, "/api/v1/things", PathItem.HttpMethod.GET)
                        .getSecurity())
                .as("a GET of a path public for POST only")
                .isNull();
        assertThat(operation(document, "/api/v1/things/{id}", PathItem.HttpMethod.GET)
                        .getSecurity())
                .isNull();
    }

    @Test
    void shouldListTheErrorsEachOperationCanMeet() {
        OpenAPI document = customized();

        assertThat(operation(document, "/api/v1/things/{id}", PathItem.HttpMethod.GET)
                        .getResponses()
                        .keySet())
                .containsExactlyInAnyOrder("200", "401", "403", "404", "500");
        assertThat(operation(document, "/api/v1/things", PathItem.HttpMethod.GET)
                        .getResponses()
                        .keySet())
                .as("query parameters can be invalid")
                .containsExactlyInAnyOrder("200", "400", "401", "403", "500");
        ApiResponses submit =
                operation(document, "/api/v1/things", PathItem.HttpMethod.POST).getResponses();
        assertThat(submit.keySet()).containsExactlyInAnyOrder("201", "400", "415", "429", "500");
        assertThat(submit.get("429").get$ref()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(document.getComponents()
                        .getResponses()
                        .get("TooManyRequests")
                        .getHeaders())
                .containsKey("Retry-After");
    }

    @Test
    void shouldAnswerEveryErrorAsAProblemOfTheSharedSchema() {
        OpenAPI document = customized();

        ApiResponse conflict = operation(document, "/api/v1/things/{id}/close", PathItem.HttpMethod.POST)
                .getResponses()
                .get("409");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getResponses().values())
                .allSatisfy(response -> assertThat(response.getContent()
                                .get("application/problem+json")
                                .getSchema()
                                .get$ref())
                        .isEqualTo("#/components/schemas/Problem"));
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void shouldLeaveTheErrorsOfAnotherSpecificationsApiToIt() {
        OpenAPI document = customized();

        Operation discovery = operation(document, "/open/discovery.{format}", PathItem.HttpMethod.GET);
        assertThat(discovery.getResponses().keySet()).containsExactly("200");
        assertThat(discovery.getSecurity()).isEmpty();
    }

    @Test
    void shouldTitleTheDocumentAfterTheServiceUnlessItNamesItself() {
        assertThat(customized(new ApiDocumentProperties(null, null, null)).getInfo())
                .satisfies(info -> {
                    assertThat(info.getTitle()).isEqualTo("thing-service");
                    assertThat(info.getVersion()).isEqualTo("1.0.0");
                    assertThat(info.getLicense()).isNotNull();
                });
        assertThat(customized(new ApiDocumentProperties("物品服务 Thing service", "物品。Things.", "1.2.0"))
                        .getInfo())
                .satisfies(info -> {
                    assertThat(info.getTitle()).isEqualTo("物品服务 Thing service");
                    assertThat(info.getDescription()).isEqualTo("物品。Things.");
                    assertThat(info.getVersion()).isEqualTo("1.2.0");
                });
    }

    private static OpenAPI customized() {
        return customized(new ApiDocumentProperties("物品服务 Thing service", null, null));
    }

    private static OpenAPI customized(ApiDocumentProperties properties) {
        OpenAPI document = generated();
        new OpenApiAutoConfiguration()
                .serviceApiDocument(
                        properties,
                        new JwtProperties(null, null, PUBLIC, List.of()),
                        new MockEnvironment().withProperty("spring.application.name", "thing-service"))
                .customise(document);
        return document;
    }

    /** Roughly what springdoc generates before any customizer runs. */
    private static OpenAPI generated() {
        Operation list = ok().addParametersItem(new Parameter().in("query").name("page"));
        Operation submit = new Operation()
                .requestBody(new RequestBody().content(json()))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Created")));
        Operation close = ok().addParametersItem(new Parameter().in("path").name("id"));
        close.getResponses()
                .addApiResponse("409", new ApiResponse().description("Conflict").content(json()));
        return new OpenAPI()
                .info(new Info().title("OpenAPI definition").version("v0"))
                .paths(new Paths()
                        .addPathItem("/api/v1/things", new PathItem().get(list).post(submit))
                        .addPathItem("/api/v1/things/{id}", new PathItem().get(ok()))
                        .addPathItem("/api/v1/things/{id}/close", new PathItem().post(close))
                        .addPathItem("/api/v1/things/track/{number}", new PathItem().get(ok()))
                        .addPathItem("/open/discovery.{format}", new PathItem().get(ok())));
    }

    private static Operation ok() {
        return new Operation()
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", new ApiResponse().description("OK").content(json())));
    }

    private static Content json() {
        return new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()));
    }

    private static Operation operation(OpenAPI document, String path, PathItem.HttpMethod method) {
        return document.getPaths().get(path).readOperationsMap().get(method);
    }
}
