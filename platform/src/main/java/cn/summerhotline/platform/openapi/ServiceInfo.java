package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** The document's info: the service's own title, version and description, and who answers for the API. */
final class ServiceInfo {

    private ServiceInfo() {}

    static void apply(OpenAPI openApi, ApiDocumentProperties document, String service) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        // springdoc's placeholders when nothing is declared.
        if (info.getTitle() == null || info.getTitle().equals("OpenAPI definition")) {
            info.setTitle(document.title() != null ? document.title() : service);
        }
        if (info.getVersion() == null || info.getVersion().equals("v0")) {
            info.setVersion(document.version());
        }
        if (info.getDescription() == null) {
            info.setDescription(document.description());
        }
        if (info.getContact() == null) {
            info.setContact(new Contact()
                    .name("上海市城市管理行政执法局 夏令热线 Summer Hotline, Shanghai Municipal Bureau of City Management")
                    .url("https://summerhotline.cn"));
        }
        if (info.getLicense() == null) {
            info.setLicense(new License()
                    .name("Proprietary: for the bureau and the district systems it admits")
                    .identifier("LicenseRef-Proprietary"));
        }
        openApi.setInfo(info);
    }
}
