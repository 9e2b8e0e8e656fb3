package cn.summerhotline.complaint.open311;

import static cn.summerhotline.complaint.open311.GeoReportMapping.fields;

import cn.summerhotline.complaint.application.HandlingTimes;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.District;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public GeoReport v2 catalogue (http://wiki.open311.org/GeoReport_v2): discovery, the services (one per
 * complaint category) and their definitions.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "城管投诉 GeoReport v2 接口 Complaints as GeoReport v2")
class Open311Catalogue {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final String CHANGESET = "2021-07-12T00:00:00+08:00";
    private static final String FORMAT = "json or xml";

    private final HandlingTimes handlingTimes;

    Open311Catalogue(HandlingTimes handlingTimes) {
        this.handlingTimes = handlingTimes;
    }

    @GetMapping("/discovery.{format}")
    @Operation(summary = "Discovery: the endpoint, its formats and how to get a key (public)")
    @ApiResponse(responseCode = "200", description = "The discovery document")
    @ApiResponse(responseCode = "400", description = "Unsupported format", ref = Open311Documentation.ERROR)
    ResponseEntity<String> discovery(
            @Parameter(description = FORMAT) @PathVariable String format, HttpServletRequest request) {
        String base = request.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "/");
        Map<String, Object> endpoint = fields(
                "specification", SPECIFICATION,
                "url", base,
                "changeset", CHANGESET,
                "type", "production",
                "formats", List.of("application/json", "text/xml"));
        return Open311Format.of(format)
                .render(
                        HttpStatus.OK,
                        "discovery",
                        fields(
                                "changeset",
                                CHANGESET,
                                "contact",
                                "上海市城市管理行政执法局 Shanghai City Management and Law Enforcement Bureau",
                                "key_service",
                                "Keys are issued to district systems by the city bureau",
                                "endpoints",
                                List.of(endpoint)));
    }

    @GetMapping("/services.{format}")
    @Operation(summary = "The services: one per complaint category, with its handling time (public)")
    @ApiResponse(responseCode = "200", description = "The service list")
    @ApiResponse(responseCode = "400", description = "Unsupported format", ref = Open311Documentation.ERROR)
    ResponseEntity<String> services(@Parameter(description = FORMAT) @PathVariable String format) {
        List<Map<String, Object>> services = Arrays.stream(Category.values())
                .map(c -> fields(
                        "service_code",
                        c.name(),
                        "service_name",
                        c.nameZh() + " " + c.nameEn(),
                        "description",
                        c.nameEn() + "; handled within " + handlingTimes.of(c).toHours() + " h",
                        "metadata",
                        true,
                        "type",
                        "realtime",
                        "keywords",
                        c.nameZh(),
                        "group",
                        "夏令热线 Summer Hotline"))
                .toList();
        return Open311Format.of(format).render(HttpStatus.OK, "services", services);
    }

    @GetMapping("/services/{code}.{format}")
    @Operation(summary = "A service's definition: its attributes (district, when the matter was seen) (public)")
    @ApiResponse(responseCode = "200", description = "The service definition")
    @ApiResponse(responseCode = "400", description = "Unsupported format", ref = Open311Documentation.ERROR)
    @ApiResponse(responseCode = "404", description = "No such service code", ref = Open311Documentation.ERROR)
    ResponseEntity<String> definition(
            @Parameter(description = "A service code, e.g. GROUP_RENTING") @PathVariable String code,
            @Parameter(description = FORMAT) @PathVariable String format) {
        Open311Format as = Open311Format.of(format);
        Category category;
        try {
            category = Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new Open311Error(404, "No service with service_code " + code);
        }
        List<Map<String, Object>> districts = Arrays.stream(District.values())
                .map(d -> fields("key", d.code(), "name", d.nameZh()))
                .toList();
        List<Map<String, Object>> attributes = List.of(
                fields(
                        "variable",
                        true,
                        "code",
                        "district",
                        "datatype",
                        "singlevaluelist",
                        "required",
                        false,
                        "datatype_description",
                        "The district bureau; a district system's own district by default",
                        "order",
                        1,
                        "description",
                        "区 District",
                        "values",
                        districts),
                fields(
                        "variable",
                        true,
                        "code",
                        "occurred_at",
                        "datatype",
                        "datetime",
                        "required",
                        false,
                        "datatype_description",
                        "ISO 8601 with offset",
                        "order",
                        2,
                        "description",
                        "发生时间 When the matter was seen",
                        "values",
                        List.of()));
        return as.render(
                HttpStatus.OK, "service_definition", fields("service_code", category.name(), "attributes", attributes));
    }
}
