package cn.summerhotline.complaint.open311;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GeoReport errors in the OpenAPI document: not problem+json but the specification's list of {@code code} and
 * {@code description}, in JSON or as {@code <errors><error>} in XML. The operations refer to it by {@link #ERROR}.
 */
@Configuration(proxyBeanMethods = false)
class Open311Documentation {

    static final String ERROR = "#/components/responses/Open311Error";

    @Bean
    OpenApiCustomizer open311ErrorDocumentation() {
        return openApi -> {
            Schema<?> error = new ObjectSchema()
                    .addProperty("code", new IntegerSchema().description("The HTTP status"))
                    .addProperty("description", new StringSchema().description("What was wrong"));
            Schema<?> errors = new ArraySchema().items(error).description("GeoReport v2 errors");
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addResponses(
                            "Open311Error",
                            new ApiResponse()
                                    .description("GeoReport v2 error list, in the format the path asks for")
                                    .content(new Content()
                                            .addMediaType("application/json", new MediaType().schema(errors))
                                            .addMediaType("text/xml", new MediaType().schema(errors))));
        };
    }
}
