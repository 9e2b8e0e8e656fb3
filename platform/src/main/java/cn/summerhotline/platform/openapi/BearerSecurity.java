package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;

/** A bearer JWT on every operation, except the service's public ones, which say {@code security: []}. */
final class BearerSecurity {

    static final String SCHEME = "bearerJwt";

    private BearerSecurity() {}

    static void apply(OpenAPI openApi, PublicEndpoints open) {
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
            if (open.isPublic(method, path)) {
                // An empty requirement list overrides the global one: no token needed.
                operation.setSecurity(List.of());
            }
        });
    }
}
