package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A bearer JWT on every operation, except the service's public ones, which say {@code security: []}. On the
 * service's api-key paths the same token may come as {@code api_key} instead: a second scheme says so, and a
 * public operation there lists no token, the bearer token or the key as alternatives.
 */
final class BearerSecurity {

    static final String SCHEME = "bearerJwt";
    static final String API_KEY_SCHEME = "apiKey";

    private BearerSecurity() {}

    static void apply(OpenAPI openApi, PublicEndpoints open, PublicEndpoints keyed) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(
                        SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("""
                                        JWT(HS256 或身份提供方的 JWKS 签名),声明 `sub`、`roles`、`unit`,班组人员另有 `squad`。\
                                        区系统使用本区的令牌,只能看到本区的记录。

                                        A JWT (HS256, or signed by the identity provider's JWKS) with the claims \
                                        `sub`, `roles`, `unit` and, for squad staff, `squad`. A district system's \
                                        token sees its own district's records only."""));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        Operations.each(openApi, (method, path, operation) -> {
            if (keyed.matches(method, path)) {
                List<SecurityRequirement> ways = new ArrayList<>();
                if (open.isPublic(method, path)) {
                    ways.add(new SecurityRequirement()); // {}: no token needed either
                }
                ways.add(new SecurityRequirement().addList(SCHEME));
                ways.add(new SecurityRequirement().addList(API_KEY_SCHEME));
                operation.setSecurity(ways);
            } else if (open.isPublic(method, path)) {
                // An empty requirement list overrides the global one: no token needed.
                operation.setSecurity(List.of());
            }
        });
        if (!keyed.endpoints().isEmpty()) {
            openApi.getComponents().addSecuritySchemes(API_KEY_SCHEME, apiKeyScheme());
        }
    }

    private static SecurityScheme apiKeyScheme() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.QUERY)
                .name("api_key")
                .description("""
                        与 Bearer 令牌相同的签名令牌，作为查询参数 `api_key` 发送，或在表单请求体中作为 `api_key` 字段发送。\
                        不能与 Authorization 请求头同时使用(400);无效的 api_key 答 403。

                        The same signed token as the bearer one, sent as the query parameter `api_key` or as the \
                        `api_key` field of a form body. Never together with an Authorization header (400); an \
                        api_key that is not valid answers 403.""");
    }
}
