package cn.summerhotline.complaint.open311;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.web.ComplaintRequests;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The form of {@code POST requests.{format}}, turned into the REST API's {@link ComplaintRequests.CreateComplaint}
 * and checked by the same rules (required fields, lengths, coordinates, category codes), so that no channel
 * takes in what another refuses. Refusals name the GeoReport field.
 */
@Component
class Open311Form {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "category", "service_code",
            "description", "description",
            "address", "address_string",
            "district", "attribute[district]",
            "location.lat", "lat",
            "location.lng", "long",
            "reporter.name", "first_name/last_name",
            "reporter.phone", "phone",
            "occurredAt", "attribute[occurred_at]");

    private final Validator validator;

    Open311Form(Validator validator) {
        this.validator = validator;
    }

    Intake intake(Map<String, String> params, Channel channel) {
        ComplaintRequests.LocationBody location = location(params.get("lat"), params.get("long"));
        String address = params.get("address_string");
        if (location == null && (address == null || address.isBlank())) {
            throw new Open311Error(400, "lat and long, or address_string, is required");
        }
        if (address == null || address.isBlank()) {
            address = location.lat() + "," + location.lng();
        }
        String last = nonBlank(params.get("last_name"));
        String first = nonBlank(params.get("first_name"));
        // Chinese names are written family name first and without a space (王小明); others keep one.
        String name = last.isEmpty() || first.isEmpty() || isChinese(last + first) ? last + first : last + " " + first;
        ComplaintRequests.CreateComplaint body = new ComplaintRequests.CreateComplaint(
                category(params.get("service_code")),
                params.get("description"),
                blankToNull(params.get("attribute[district]")),
                address,
                location,
                new ComplaintRequests.ReporterBody(blankToNull(name), blankToNull(params.get("phone"))),
                channel,
                null,
                dateTime("attribute[occurred_at]", params.get("attribute[occurred_at]")));
        Set<ConstraintViolation<ComplaintRequests.CreateComplaint>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            ConstraintViolation<?> violation = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            String path = violation.getPropertyPath().toString();
            throw new Open311Error(400, FIELD_NAMES.getOrDefault(path, path) + ": " + violation.getMessage());
        }
        return body.toIntake(channel);
    }

    /** A W3C date-time with offset within the years a complaint can concern; anything else is the client's error. */
    static OffsetDateTime dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value.strip());
            if (parsed.getYear() < 1970 || parsed.getYear() > 9999) {
                throw new Open311Error(400, field + ": '" + value + "' lies outside the years 1970 to 9999");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, field + ": '" + value + "' is not a W3C date-time with offset");
        }
    }

    private static Category category(String code) {
        if (code == null || code.isBlank()) {
            throw new Open311Error(400, "service_code is required");
        }
        try {
            return Category.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new Open311Error(400, "service_code: no service " + code.strip());
        }
    }

    private static ComplaintRequests.LocationBody location(String lat, String lng) {
        if ((lat == null || lat.isBlank()) && (lng == null || lng.isBlank())) {
            return null;
        }
        try {
            double latitude = Double.parseDouble(lat.strip());
            double longitude = Double.parseDouble(lng.strip());
            if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
                throw new NumberFormatException();
            }
            return new ComplaintRequests.LocationBody(latitude, longitude);
        } catch (NumberFormatException | NullPointerException e) {
            throw new Open311Error(400, "lat and long must both be decimal degrees");
        }
    }

    private static boolean isChinese(String name) {
        return name.codePoints().allMatch(Character::isIdeographic);
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The form's fields, for the OpenAPI document only. Its {@code api_key} field is documented by the platform's
     * {@code apiKey} security scheme: listed here, every generated sample would carry a key beside its bearer token,
     * which is refused (400).
     */
    @Schema(
            name = "Open311ServiceRequestForm",
            description = "GeoReport v2 POST service request (form-encoded); the key, if not sent as a bearer token,"
                    + " is the api_key field (security scheme apiKey)")
    record Fields(
            @Schema(
                    description = "The category code, from services.{format}",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonProperty("service_code")
            String serviceCode,

            @Schema(description = "Latitude (WGS-84), -90 to 90; with long, or address_string")
            Double lat,

            @Schema(description = "Longitude (WGS-84), -180 to 180") @JsonProperty("long")
            Double lng,

            @Schema(description = "Where the matter is, up to 500 characters", maxLength = 500)
            @JsonProperty("address_string")
            String addressString,

            @Schema(
                    description = "What the citizen reports, up to 4000 characters",
                    maxLength = 4000,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String description,

            @Schema(description = "Given name of the reporter") @JsonProperty("first_name")
            String firstName,

            @Schema(description = "Family name of the reporter; with the given name up to 100 characters")
            @JsonProperty("last_name")
            String lastName,

            @Schema(description = "The reporter's phone, e.g. 13812345678")
            String phone,

            @Schema(description = "A district code from the service definition") @JsonProperty("attribute[district]")
            String district,

            @Schema(description = "When the matter was seen, ISO 8601 with offset", format = "date-time")
            @JsonProperty("attribute[occurred_at]")
            String occurredAt) {}
}
