package cn.summerhotline.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about the service itself. Each service names its own in its {@code
 * application.yml}; without a title the document is titled after {@code spring.application.name}.
 *
 * @param title the document's title, Chinese first, e.g. {@code 投诉服务 Complaint service}
 * @param description Markdown, Chinese first with the English after it
 * @param version the API's version (the {@code v1} of the paths is its major version)
 */
@ConfigurationProperties("summer.openapi")
public record ApiDocumentProperties(String title, String description, String version) {

    public ApiDocumentProperties {
        version = version == null || version.isBlank() ? "1.0.0" : version;
    }
}
