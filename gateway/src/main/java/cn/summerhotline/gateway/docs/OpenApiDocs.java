package cn.summerhotline.gateway.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** What every OpenAPI document served at the gateway shares: the bearer scheme and the problem responses. */
public final class OpenApiDocs {

    public static final String BEARER_SCHEME = "bearerAuth";
    static final String PROBLEM_SCHEMA = "Problem";

    private OpenApiDocs() {}

    /** The bearer scheme as JSON, for the services' documents rewritten at the gateway. */
    public static void bearerScheme(ObjectNode scheme) {
        scheme.put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", BEARER_DESCRIPTION);
    }

    static final String BEARER_DESCRIPTION = "登录令牌（JWT），本地运行时由 POST /api/v1/auth/token 签发。"
            + " A JWT bearer token; in the local run from POST /api/v1/auth/token.";

    /** Registers the problem schema that {@link #problem} responses refer to. */
    public static void addProblemSchema(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; zh-CN texts by default, English with Accept-Language: en.");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.setRequired(List.of("type", "title", "status"));
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problem);
    }

    /** A problem+json response with an example. */
    public static ApiResponse problem(String description, String type, int status, String title, String detail) {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", "https://summerhotline.cn/problems/" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                                        .example(example)));
    }
}
