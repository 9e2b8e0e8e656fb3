package cn.summerhotline.complaint.open311;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.HandlingTimes;
import cn.summerhotline.complaint.application.SubmitComplaint;
import cn.summerhotline.complaint.application.TrackComplaint;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.District;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 for district systems (http://wiki.open311.org/GeoReport_v2): discovery, services and
 * service definitions are public; requests and tokens need a key, given as a bearer token or as {@code api_key}
 * (the same signed token). The lifecycle maps to {@code open}/{@code closed}; the full status, the tracking
 * number and the district are in {@code extended_attributes}. No personal data leaves through this API.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final String CHANGESET = "2021-07-12T00:00:00+08:00";
    private static final int MAX_RESULTS = 1000;

    private final SubmitComplaint submit;
    private final FindComplaints find;
    private final TrackComplaint track;
    private final HandlingTimes handlingTimes;
    private final JwtDecoder tokens;

    Open311Controller(
            SubmitComplaint submit,
            FindComplaints find,
            TrackComplaint track,
            HandlingTimes handlingTimes,
            JwtDecoder tokens) {
        this.submit = submit;
        this.find = find;
        this.track = track;
        this.handlingTimes = handlingTimes;
        this.tokens = tokens;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
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
    ResponseEntity<String> services(@PathVariable String format) {
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
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        Open311Format as = Open311Format.of(format);
        Category category = category(code);
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

    @PostMapping("/requests.{format}")
    ResponseEntity<String> create(
            @PathVariable String format,
            Caller caller,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestParam Map<String, String> params) {
        Open311Format as = Open311Format.of(format);
        Caller client = client(caller, params.get("api_key"));
        Category category = category(required(params, "service_code"));
        Location location = location(params.get("lat"), params.get("long"));
        String address = params.get("address_string");
        if (location == null && (address == null || address.isBlank())) {
            throw new Open311Error(400, "lat and long, or address_string, is required");
        }
        String name = (String.join(" ", nonBlank(params.get("last_name")), nonBlank(params.get("first_name")))).strip();
        Intake intake = new Intake(
                category,
                required(params, "description"),
                SubmitComplaint.defaultChannel(client),
                blankToNull(params.get("attribute[district]")),
                address == null || address.isBlank() ? location.lat() + "," + location.lng() : address.strip(),
                location,
                new Reporter(blankToNull(name), blankToNull(params.get("phone"))),
                null,
                instant(params.get("attribute[occurred_at]")));
        Complaint complaint = submit.submit(client, intake, idempotencyKey).complaint();
        return as.render(
                HttpStatus.CREATED,
                "service_requests",
                List.of(fields(
                        "service_request_id",
                        complaint.id(),
                        "token",
                        complaint.trackingNumber(),
                        "service_notice",
                        "受理编号 Tracking number " + complaint.trackingNumber(),
                        "account_id",
                        null)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(
            @PathVariable String format,
            Caller caller,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        Open311Format as = Open311Format.of(format);
        Caller client = client(caller, apiKey);
        List<Map<String, Object>> found = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                try {
                    found.add(request(find.get(client, id.strip())));
                } catch (ApiProblem notVisible) {
                    // The specification lists the requests found; unknown ids are left out.
                }
            }
        } else {
            Instant to = endDate == null ? null : instant(endDate);
            Instant from = startDate == null ? null : instant(startDate);
            if (from == null && to == null) {
                from = Instant.now().minus(java.time.Duration.ofDays(90));
            }
            Set<Status> wanted = statuses(status);
            ComplaintFilter filter = new ComplaintFilter(
                    null, null, null, serviceCode == null ? null : category(serviceCode), null, null, null, from, to);
            find.all(client, filter).accept(complaint -> {
                if (found.size() < MAX_RESULTS && wanted.contains(complaint.status())) {
                    found.add(request(complaint));
                }
            });
        }
        return as.render(HttpStatus.OK, "service_requests", found);
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            Caller caller,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format as = Open311Format.of(format);
        Complaint complaint;
        try {
            complaint = find.get(client(caller, apiKey), id);
        } catch (ApiProblem notFound) {
            throw new Open311Error(404, "No service request " + id);
        }
        return as.render(HttpStatus.OK, "service_requests", List.of(request(complaint)));
    }

    /** The token of a request is its tracking number; the id is known at once, as requests are stored synchronously. */
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(
            @PathVariable String token,
            @PathVariable String format,
            Caller caller,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format as = Open311Format.of(format);
        Caller client = client(caller, apiKey);
        Complaint complaint;
        try {
            complaint = track.track(token);
        } catch (ApiProblem notFound) {
            throw new Open311Error(404, "No service request for token " + token);
        }
        if (!Access.mayRead(client, complaint)) {
            throw new Open311Error(404, "No service request for token " + token);
        }
        return as.render(
                HttpStatus.OK,
                "service_requests",
                List.of(fields("service_request_id", complaint.id(), "token", complaint.trackingNumber())));
    }

    /** A service request as GeoReport lists it; the description has mobile numbers masked, nothing else personal. */
    static Map<String, Object> request(Complaint complaint) {
        Complaint.Snapshot s = complaint.snapshot();
        Instant updated = s.timeline().isEmpty()
                ? s.receivedAt()
                : s.timeline().get(s.timeline().size() - 1).at();
        String agency = s.district() == null
                ? "上海市城市管理行政执法局"
                : District.ofCode(s.district()).map(District::nameZh).orElse(s.district()) + "城管执法局";
        return fields(
                "service_request_id",
                s.id(),
                "status",
                s.status() == Status.CLOSED ? "closed" : "open",
                "status_notes",
                s.status().nameZh() + " " + s.status().nameEn(),
                "service_name",
                s.category().nameZh() + " " + s.category().nameEn(),
                "service_code",
                s.category().name(),
                "description",
                s.description().replaceAll("(1\\d{2})\\d{4}(\\d{4})", "$1****$2"),
                "agency_responsible",
                agency,
                "service_notice",
                null,
                "requested_datetime",
                time(s.receivedAt()),
                "updated_datetime",
                time(updated),
                "expected_datetime",
                time(s.dueAt()),
                "address",
                s.address(),
                "address_id",
                null,
                "zipcode",
                null,
                "lat",
                s.location() == null ? null : s.location().lat(),
                "long",
                s.location() == null ? null : s.location().lng(),
                "media_url",
                null,
                "extended_attributes",
                fields(
                        "summer_status", s.status().name(),
                        "tracking_number", s.trackingNumber(),
                        "district", s.district(),
                        "overdue", s.overdueSince() != null));
    }

    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** The caller of a keyed request: the bearer token's, else the one of {@code api_key}. */
    private Caller client(Caller caller, String apiKey) {
        if (caller.authenticated()) {
            return caller;
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Error(401, "api_key is required");
        }
        try {
            Jwt jwt = tokens.decode(apiKey);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> claimed = jwt.getClaimAsStringList("roles");
            if (claimed != null) {
                Arrays.stream(Role.values())
                        .filter(r -> claimed.contains(r.name()))
                        .forEach(roles::add);
            }
            return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString("unit"), jwt.getClaimAsString("squad"));
        } catch (JwtException invalid) {
            throw new Open311Error(403, "api_key is not valid");
        }
    }

    private static Set<Status> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.allOf(Status.class);
        }
        Set<Status> wanted = EnumSet.noneOf(Status.class);
        for (String each : status.split(",")) {
            switch (each.strip()) {
                case "open" ->
                    Arrays.stream(Status.values())
                            .filter(s -> s != Status.CLOSED)
                            .forEach(wanted::add);
                case "closed" -> wanted.add(Status.CLOSED);
                default -> throw new Open311Error(400, "status is open or closed, not '" + each + "'");
            }
        }
        return wanted;
    }

    private static Category category(String code) {
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new Open311Error(404, "No service with service_code " + code);
        }
    }

    private static Location location(String lat, String lng) {
        if ((lat == null || lat.isBlank()) && (lng == null || lng.isBlank())) {
            return null;
        }
        try {
            return new Location(Double.parseDouble(lat), Double.parseDouble(lng));
        } catch (NumberFormatException | NullPointerException e) {
            throw new Open311Error(400, "lat and long must both be decimal degrees");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, "'" + value + "' is not a W3C date-time with offset");
        }
    }

    private static String time(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant, TrackingNumbers.BUSINESS_ZONE)
                        .toString();
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new Open311Error(400, name + " is required");
        }
        return value.strip();
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
