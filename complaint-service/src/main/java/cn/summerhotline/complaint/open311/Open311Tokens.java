package cn.summerhotline.complaint.open311;

import static cn.summerhotline.complaint.open311.GeoReportMapping.fields;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.ComplaintNotFound;
import cn.summerhotline.complaint.application.TrackComplaint;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GeoReport v2 tokens (keyed): the token of a request is its tracking number, which only its district sees. */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
class Open311Tokens {

    private static final String FORMAT = "json or xml";

    private final TrackComplaint track;

    Open311Tokens(TrackComplaint track) {
        this.track = track;
    }

    /** The token of a request is its tracking number; the id is known at once, as requests are stored synchronously. */
    @GetMapping("/tokens/{token}.{format}")
    @Operation(summary = "The service request id of a token (keyed)")
    @ApiResponse(responseCode = "200", description = "service_request_id and token")
    @ApiResponse(responseCode = "401", description = "No key", ref = Open311Documentation.ERROR)
    @ApiResponse(responseCode = "403", description = "A forged key", ref = Open311Documentation.ERROR)
    @ApiResponse(
            responseCode = "404",
            description = "No such token (or not the key's district)",
            ref = Open311Documentation.ERROR)
    ResponseEntity<String> token(
            @PathVariable String token,
            @Parameter(description = FORMAT) @PathVariable String format,
            @Parameter(hidden = true) Caller caller) {
        Open311Format as = Open311Format.of(format);
        Caller client = Open311Keys.required(caller);
        Complaint complaint;
        try {
            complaint = track.track(token);
        } catch (ComplaintNotFound notFound) {
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
}
