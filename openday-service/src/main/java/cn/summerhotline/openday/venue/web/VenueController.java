package cn.summerhotline.openday.venue.web;

import cn.summerhotline.openday.venue.application.ManageVenues;
import cn.summerhotline.openday.venue.application.VenueProblem;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The venues of an open day: read by anybody, set up by the city bureau and, for their own unit, district admins. */
@RestController
@Tag(name = "venues", description = "开放日的主会场和分会场及其活动。The open day's main venue and sub-venues with their activities.")
class VenueController {

    static final String VENUE_ID = "会场编号,如 2021-xuhui-sub。The venue's id, e.g. 2021-xuhui-sub.";
    static final String YEAR = "开放日的年份。The open day's year.";
    static final String WHO_MAY = "市局管理员可设任何会场;区局管理员(含总队和特殊单位)只能设本单位的分会场,否则 403。City admins set up any venue; a"
            + " district admin (also of the corps or a special unit) only their own unit's sub-venues, else 403.";

    private final Venues venues;
    private final ManageVenues manage;

    VenueController(Venues venues, ManageVenues manage) {
        this.venues = venues;
        this.manage = manage;
    }

    @Operation(
            operationId = "listVenues",
            summary = "某年开放日的会场 List a year's venues",
            description = "主会场在前,其后按承办单位;每个会场带活动。公开,无需登录。"
                    + " The main venue first, then by host unit, each with its activities. Public.")
    @GetMapping("/api/v1/openday/{year:\\d{4}}/venues")
    List<VenueView> ofYear(
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year) {
        return venues.ofYear(year).stream().map(VenueView::of).toList();
    }

    @Operation(
            operationId = "getVenue",
            summary = "会场详情 Read a venue",
            description = "会场及其活动。公开,无需登录。The venue with its activities. Public.",
            responses = {
                @ApiResponse(responseCode = "200", description = "会场。The venue."),
                @ApiResponse(responseCode = "404", description = "没有该会场。No such venue.")
            })
    @GetMapping("/api/v1/openday/venues/{venueId}")
    VenueView one(@Parameter(description = VENUE_ID, example = "2021-xuhui-sub") @PathVariable String venueId) {
        return venues.byId(venueId).map(VenueView::of).orElseThrow(() -> new VenueProblem.VenueNotFound(venueId));
    }

    @Operation(
            operationId = "addVenue",
            summary = "新增会场 Add a venue",
            description = WHO_MAY + " 每年只有一个主会场(已有时 409)。A year has one main venue (409 when it has one).",
            responses = {
                @ApiResponse(responseCode = "201", description = "已新增。Added."),
                @ApiResponse(responseCode = "404", description = "该年没有开放日。No open day that year."),
                @ApiResponse(responseCode = "409", description = "该年已有主会场。The year has its main venue.")
            })
    @PostMapping("/api/v1/openday/{year:\\d{4}}/venues")
    ResponseEntity<VenueView> add(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year,
            @Valid @RequestBody VenueRequests.NewVenueBody body) {
        VenueView added = VenueView.of(manage.add(caller, year, body.venue()));
        return ResponseEntity.created(URI.create("/api/v1/openday/venues/" + added.id()))
                .body(added);
    }

    @Operation(
            operationId = "reviseVenue",
            summary = "修改会场 Revise a venue",
            description = WHO_MAY + " 年份、承办单位和类型不变。Its year, host unit and kind stay.",
            responses = {
                @ApiResponse(responseCode = "200", description = "修改后的会场。The venue as revised."),
                @ApiResponse(responseCode = "404", description = "没有该会场。No such venue.")
            })
    @PutMapping("/api/v1/openday/venues/{venueId}")
    VenueView revise(
            Caller caller,
            @Parameter(description = VENUE_ID, example = "2021-xuhui-sub") @PathVariable String venueId,
            @Valid @RequestBody VenueRequests.RevisionBody body) {
        return VenueView.of(manage.revise(caller, venueId, body.revision()));
    }
}
