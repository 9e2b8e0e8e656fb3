package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors the platform answers for any operation, as shared response components, each operation listing the
 * ones it can meet; and problem+json content for any error response an operation declares without it (a
 * controller's {@code @ApiResponse(responseCode = "409")}).
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    /** One common error: when an operation can meet it, and what it looks like. */
    private record Common(String code, String name, String description, String type, String title, String detail) {

        ApiResponse response() {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "https://summerhotline.cn/problems/" + type);
            example.put("title", title);
            example.put("status", Integer.parseInt(code));
            example.put("detail", detail);
            if (code.equals("400")) {
                example.put("errors", List.of(Map.of("field", "description", "message", "must not be blank")));
            }
            return problem(description, new Example().value(example));
        }
    }

    private static final Common BAD_REQUEST = new Common(
            "400",
            "BadRequest",
            "请求无效:JSON 格式错误,或字段、参数未通过校验。The body is not valid JSON of the expected shape, or"
                    + " fields or parameters are invalid (`errors` lists them).",
            "invalid-request",
            "Invalid request",
            "Some fields are invalid.");
    private static final Common UNAUTHORIZED = new Common(
            "401",
            "Unauthorized",
            "缺少有效的 Bearer 令牌。No valid bearer token.",
            "unauthenticated",
            "Unauthenticated",
            "A valid bearer token is required.");
    private static final Common FORBIDDEN = new Common(
            "403",
            "Forbidden",
            "令牌的角色不允许此操作。The token's roles do not allow this.",
            "forbidden",
            "Forbidden",
            "Your role does not allow this.");
    private static final Common NOT_FOUND = new Common(
            "404",
            "NotFound",
            "记录不存在,或属于其他区(两者看起来一样)。No such record, or one of another district: the two look the" + " same.",
            "not-found",
            "Not found",
            "complaint C20210715-0001 not found");
    private static final Common UNSUPPORTED_MEDIA_TYPE = new Common(
            "415",
            "UnsupportedMediaType",
            "请求体须为 application/json。Send the body as application/json.",
            "unsupported-media-type",
            "Unsupported media type",
            "Send application/json.");
    private static final Common TOO_MANY_REQUESTS = new Common(
            "429",
            "TooManyRequests",
            "公开接口按客户端限流(在网关),超出后请按 `Retry-After` 等待。Public endpoints are rate limited per client"
                    + " at the gateway; wait as `Retry-After` says.",
            "too-many-requests",
            "Too many requests",
            "请求过于频繁，请 1 秒后再试。Too many requests from this client; retry after 1 s.");
    private static final Common INTERNAL = new Common(
            "500",
            "InternalError",
            "意外错误,已连同 X-Request-Id 记录。An unforeseen error, logged with the request's X-Request-Id.",
            "internal-error",
            "Internal error",
            "The request could not be completed; it has been logged with its X-Request-Id.");

    private ProblemResponses() {}

    static void apply(OpenAPI openApi, PublicEndpoints open) {
        var components = openApi.getComponents();
        components.addSchemas(ProblemSchema.NAME, ProblemSchema.schema());
        Operations.each(openApi, (method, path, operation) -> {
            // Only the platform's own API: other APIs a service serves (Open311 GeoReport) answer errors in
            // their own specification's format and document them themselves.
            if (path.startsWith("/api/")) {
                boolean isPublic = open.isPublic(method, path);
                List<Common> common = commonErrors(operation, path, isPublic);
                for (Common error : common) {
                    components.addResponses(error.name(), error.response());
                    responses(operation)
                            .computeIfAbsent(
                                    error.code(),
                                    code -> new ApiResponse().$ref("#/components/responses/" + error.name()));
                }
                withProblemContent(operation);
            }
        });
        if (components.getResponses() != null && components.getResponses().containsKey(TOO_MANY_REQUESTS.name())) {
            components
                    .getResponses()
                    .get(TOO_MANY_REQUESTS.name())
                    .addHeaderObject(
                            "Retry-After",
                            new Header()
                                    .description("再次请求前需等待的秒数。Seconds to wait before the next request.")
                                    .schema(new JsonSchema().types(Set.of("integer"))));
        }
    }

    private static List<Common> commonErrors(Operation operation, String path, boolean isPublic) {
        List<Common> errors = new java.util.ArrayList<>();
        // Bodies and query parameters are validated; a path or header value alone is not refused with a 400.
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())));
        if (takesInput) {
            errors.add(BAD_REQUEST);
        }
        if (isPublic) {
            errors.add(TOO_MANY_REQUESTS);
        } else {
            errors.add(UNAUTHORIZED);
            errors.add(FORBIDDEN);
        }
        if (path.contains("{")) {
            errors.add(NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            errors.add(UNSUPPORTED_MEDIA_TYPE);
        }
        errors.add(INTERNAL);
        return errors;
    }

    /**
     * An error response a controller declares answers problem+json whatever springdoc guessed for it (the method's
     * return type, or an empty object), with the examples the controller gave it.
     */
    private static void withProblemContent(Operation operation) {
        responses(operation).forEach((code, response) -> {
            if (response.get$ref() == null && code.matches("[45][0-9][0-9]")) {
                MediaType problem = new MediaType().schema(ProblemSchema.ref());
                if (response.getContent() != null) {
                    response.getContent().values().stream()
                            .filter(declared -> declared.getExamples() != null)
                            .forEach(declared -> declared.getExamples().forEach(problem::addExamples));
                }
                response.setContent(new Content().addMediaType(MEDIA_TYPE, problem));
            }
        });
    }

    private static ApiResponse problem(String description, Example example) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE,
                                new MediaType().schema(ProblemSchema.ref()).addExamples("problem", example)));
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }
}
