package cn.summerhotline.complaint.open311;

import static cn.summerhotline.complaint.open311.GeoReportMapping.fields;

import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.ComplaintNotFound;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.SubmitComplaint;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2 service requests. Reading them is public, as the specification has it: without a key a request
 * shows its public fields only (no reporter, free text masked, no tracking number). With a key (a bearer token
 * or {@code api_key}, the same signed token, both read by the platform into the {@link Caller}) a district system sees its district's requests with their tracking
 * numbers, and submits requests (tokens: {@link Open311Tokens}). The lifecycle maps to {@code open}/{@code closed}; the full status and the
 * district are in {@code extended_attributes}.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
class Open311Requests {

    private static final int MAX_RESULTS = 1000;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final String FORMAT = "json or xml";

    private final SubmitComplaint submit;
    private final FindComplaints find;
    private final Open311Form form;

    Open311Requests(SubmitComplaint submit, FindComplaints find, Open311Form form) {
        this.submit = submit;
        this.find = find;
        this.form = form;
    }

    @PostMapping(
            value = "/requests.{format}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(
            summary = "Submit a service request (keyed: district systems, operators, media, the city bureau)",
            description = "Validated as POST /api/v1/complaints. The answer carries the token (the tracking"
                    + " number) and the rating code to hand to the reporter.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                                            schema = @Schema(implementation = Open311Form.Fields.class))))
    @ApiResponse(responseCode = "201", description = "Received: service_request_id, token, rating_code")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid", ref = Open311Documentation.ERROR)
    @ApiResponse(responseCode = "401", description = "No key", ref = Open311Documentation.ERROR)
    @ApiResponse(
            responseCode = "403",
            description = "A forged key, or a role that submits no complaints",
            ref = Open311Documentation.ERROR)
    @ApiResponse(responseCode = "413", description = "The form is too large", ref = Open311Documentation.ERROR)
    @ApiResponse(
            responseCode = "422",
            description = "Idempotency-Key reused with another form",
            ref = Open311Documentation.ERROR)
    ResponseEntity<String> create(
            @Parameter(description = FORMAT) @PathVariable String format,
            @Parameter(hidden = true) Caller caller,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        Open311Format as = Open311Format.of(format);
        Caller client = Open311Keys.required(caller);
        // Whether the role may submit at all is answered before the form is checked (403, not 400).
        var channel = SubmitComplaint.defaultChannel(client);
        Complaint complaint = submit.submit(client, form.intake(params, channel), idempotencyKey)
                .complaint();
        return as.render(
                HttpStatus.CREATED,
                "service_requests",
                List.of(fields(
                        "service_request_id",
                        complaint.id(),
                        "token",
                        complaint.trackingNumber(),
                        "service_notice",
                        "受理编号 Tracking number " + complaint.trackingNumber() + "；评价码 Rating code "
                                + complaint.ratingLock().code(),
                        "account_id",
                        null,
                        "rating_code",
                        complaint.ratingLock().code())));
    }

    @GetMapping("/requests.{format}")
    @Operation(
            summary = "List service requests (public fields without a key, a district's full view with one)",
            description = "Without service_request_id, the last 90 days unless start_date or end_date is given;"
                    + " at most 1000 requests.")
    @ApiResponse(responseCode = "200", description = "The service requests")
    @ApiResponse(
            responseCode = "400",
            description = "A bad date, status or service code",
            ref = Open311Documentation.ERROR)
    @ApiResponse(
            responseCode = "403",
            description = "A forged key, or a role that reads no complaints",
            ref = Open311Documentation.ERROR)
    ResponseEntity<String> requests(
            @Parameter(description = FORMAT) @PathVariable String format,
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "Comma-separated ids") @RequestParam(name = "service_request_id", required = false)
                    String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @Parameter(description = "W3C date-time with offset") @RequestParam(name = "start_date", required = false)
                    String startDate,
            @Parameter(description = "W3C date-time with offset") @RequestParam(name = "end_date", required = false)
                    String endDate,
            @Parameter(description = "open, closed or both comma-separated")
                    @RequestParam(name = "status", required = false)
                    String status) {
        Open311Format as = Open311Format.of(format);
        Optional<Caller> client = Open311Keys.optional(caller);
        Function<Complaint, Map<String, Object>> shown =
                client.isPresent() ? GeoReportMapping::keyed : GeoReportMapping::open;
        List<Map<String, Object>> found = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                // The specification lists the requests found; unknown ids are left out.
                visible(client, id.strip()).map(shown).ifPresent(found::add);
            }
            return as.render(HttpStatus.OK, "service_requests", found);
        }
        Instant to = Open311Query.instant("end_date", endDate);
        Instant from = Open311Query.instant("start_date", startDate);
        if (from == null && to == null) {
            from = Instant.now().minus(DEFAULT_WINDOW);
        }
        Set<Status> wanted = Open311Query.statuses(status);
        ComplaintFilter filter = ComplaintFilter.all()
                .inCategory(serviceCode == null ? null : Open311Query.category(serviceCode))
                .receivedBetween(from, to);
        Consumer<Consumer<Complaint>> source =
                client.map(c -> find.all(c, filter)).orElseGet(() -> find.publicly(filter, MAX_RESULTS));
        source.accept(complaint -> {
            if (found.size() < MAX_RESULTS && wanted.contains(complaint.status())) {
                found.add(shown.apply(complaint));
            }
        });
        return as.render(HttpStatus.OK, "service_requests", found);
    }

    @GetMapping("/requests/{id}.{format}")
    @Operation(summary = "One service request (public fields without a key, the district's full view with one)")
    @ApiResponse(responseCode = "200", description = "The service request, as a list of one")
    @ApiResponse(responseCode = "403", description = "A forged key", ref = Open311Documentation.ERROR)
    @ApiResponse(
            responseCode = "404",
            description = "No such request (or not the key's district)",
            ref = Open311Documentation.ERROR)
    ResponseEntity<String> request(
            @PathVariable String id,
            @Parameter(description = FORMAT) @PathVariable String format,
            @Parameter(hidden = true) Caller caller) {
        Open311Format as = Open311Format.of(format);
        Optional<Caller> client = Open311Keys.optional(caller);
        Complaint complaint = visible(client, id).orElseThrow(() -> new Open311Error(404, "No service request " + id));
        Map<String, Object> shown =
                client.isPresent() ? GeoReportMapping.keyed(complaint) : GeoReportMapping.open(complaint);
        return as.render(HttpStatus.OK, "service_requests", List.of(shown));
    }

    private Optional<Complaint> visible(Optional<Caller> client, String id) {
        if (client.isEmpty()) {
            return find.publicly(id);
        }
        try {
            return Optional.of(find.get(client.get(), id));
        } catch (ComplaintNotFound notVisible) {
            return Optional.empty();
        }
    }
}
