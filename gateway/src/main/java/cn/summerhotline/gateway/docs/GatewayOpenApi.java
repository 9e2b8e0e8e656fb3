package cn.summerhotline.gateway.docs;

import cn.summerhotline.gateway.routing.PublicUrl;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own OpenAPI document ({@code /v3/api-docs}, first in Swagger UI): its own endpoints (the demo
 * token endpoint of the local run) and the bearer scheme. Its server is the public URL.
 */
@Configuration(proxyBeanMethods = false)
class GatewayOpenApi {

    @Bean
    OpenAPI gatewayDocument(PublicUrl publicUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("gateway")
                        .version("v1")
                        .description("Summer Hotline 网关自身的接口。The gateway's own endpoints; the services'"
                                + " documents are listed next to this one."))
                .servers(List.of(new Server().url(publicUrl.url()).description("Summer Hotline gateway")))
                .components(new Components()
                        .addSecuritySchemes(
                                OpenApiDocs.BEARER_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(OpenApiDocs.BEARER_DESCRIPTION)));
    }
}
