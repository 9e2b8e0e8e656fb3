package cn.summerhotline.platform.openapi;

import cn.summerhotline.platform.security.JwtProperties;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The parts of every service's OpenAPI document that follow from the platform rather than from one controller:
 * who the service is, the bearer token and which operations need none (from {@code
 * summer.security.jwt.public-endpoints}, the same list the security rules use), and the problem+json errors the
 * platform answers for every operation.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ApiDocumentProperties.class, JwtProperties.class})
public class OpenApiAutoConfiguration {

    @Bean
    OpenApiCustomizer serviceApiDocument(
            ApiDocumentProperties document, JwtProperties security, Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        PublicEndpoints open = PublicEndpoints.parse(security.publicEndpoints());
        PublicEndpoints keyed = PublicEndpoints.parse(security.apiKeyPaths());
        // One customizer, so that the steps run in this order: the error responses depend on which operations
        // are public.
        return openApi -> {
            ServiceInfo.apply(openApi, document, service);
            BearerSecurity.apply(openApi, open, keyed);
            ProblemResponses.apply(openApi, open);
        };
    }
}
