package cn.summerhotline.gateway.demo;

import cn.summerhotline.gateway.docs.OpenApiDocs;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** {@code POST /api/v1/auth/token} in the gateway's OpenAPI document, where the endpoint exists (profile local). */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DemoTokenDocs {

    @Bean
    OpenApiCustomizer demoTokenOperation() {
        return openApi -> {
            OpenApiDocs.addProblemSchema(openApi);
            openApi.path(AUTH_TOKEN, new PathItem().post(operation()));
        };
    }

    private static final String AUTH_TOKEN = "/api/v1/auth/token";

    private static Operation operation() {
        ObjectSchema login = new ObjectSchema();
        login.addProperty(
                "username", new StringSchema().description("演示用户 / demo user")._enum(DemoUsers.usernames()));
        login.addProperty("password", new StringSchema().description("所有演示用户均为 hotline / hotline for all"));
        login.setRequired(List.of("username", "password"));
        ObjectSchema token = new ObjectSchema();
        token.addProperty("access_token", new StringSchema().description("JWT, HS256"));
        token.addProperty("token_type", new StringSchema()._enum(List.of("Bearer")));
        token.addProperty("expires_in", new IntegerSchema().description("seconds"));
        return new Operation()
                .operationId("issueDemoToken")
                .addTagsItem("auth")
                .summary("签发演示令牌 / Issue a demo token")
                .description("仅本地运行（profile local）提供：以演示用户登录，得到可用于各服务的令牌；在 Swagger UI 的"
                        + " Authorize 中填入 access_token。Local run only: log in as a demo user and get a bearer"
                        + " token for every service; paste access_token into Swagger UI's Authorize dialog.")
                .security(List.of())
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType(
                                        "application/json",
                                        new MediaType()
                                                .schema(login)
                                                .example(Map.of("username", "city-admin", "password", "hotline")))))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("令牌 / The token")
                                        .content(new Content()
                                                .addMediaType(
                                                        "application/json",
                                                        new MediaType()
                                                                .schema(token)
                                                                .example(Map.of(
                                                                        "access_token",
                                                                        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaXR5LWFkbWluIn0.c2ln",
                                                                        "token_type",
                                                                        "Bearer",
                                                                        "expires_in",
                                                                        28800)))))
                        .addApiResponse(
                                "400",
                                OpenApiDocs.problem(
                                        "请求体格式错误 / Malformed body",
                                        "malformed-request",
                                        400,
                                        "请求格式错误",
                                        "请求体应为 {\"username\": \"...\", \"password\": \"...\"}。"))
                        .addApiResponse(
                                "401",
                                OpenApiDocs.problem(
                                        "用户名或密码错误 / Unknown user or wrong password",
                                        "bad-credentials",
                                        401,
                                        "用户名或密码错误",
                                        "用户名或密码错误。演示用户：city-admin, operator, ..."))
                        .addApiResponse(
                                "413",
                                OpenApiDocs.problem(
                                        "请求体过大 / Body too large",
                                        "payload-too-large",
                                        413,
                                        "请求体过大",
                                        "请求体不能超过 1048576 字节。"))
                        .addApiResponse(
                                "429",
                                OpenApiDocs.problem(
                                        "请求过于频繁 / Too many requests",
                                        "too-many-requests",
                                        429,
                                        "请求过于频繁",
                                        "请求过于频繁，请 1 秒后再试。")));
    }
}
