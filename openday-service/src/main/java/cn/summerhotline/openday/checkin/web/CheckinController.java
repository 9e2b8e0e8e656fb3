package cn.summerhotline.openday.checkin.web;

import cn.summerhotline.openday.checkin.application.Attendance;
import cn.summerhotline.openday.checkin.application.CheckIn;
import cn.summerhotline.openday.checkin.model.Checkin;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "checkins", description = "开放日现场签到。Check-ins at the venue door.")
class CheckinController {

    @Schema(description = "一次扫码。A scan at the door.")
    record ScanBody(
            @Schema(description = "签到码。The check-in code.", example = "H7K2M9QX")
            @NotBlank
            @Size(max = 20)
            @Pattern(regexp = "[A-Za-z0-9]+")
            String code,

            @Schema(
                    description = "扫码设备为本次扫码生成的编号;重发同一编号不算第二次签到。The scanner's id of this scan.",
                    example = "gate-2-000154")
            @NotBlank
            @Size(max = 100)
            String scanId) {}

    @Schema(description = "签到记录。A check-in.")
    record CheckinView(
            String id,
            String registrationId,
            String sessionId,
            String venueId,
            Audience audience,
            int partySize,
            Instant at,

            @Schema(description = "是否为同一扫码编号的重发。Whether a scan sent again answered it.")
            boolean replayed) {

        static final String EXAMPLE = """
                {"id": "6f1c2d0e-7b7a-4a41-9d51-3c1f0e9a2b77", "registrationId": "k3v9q2m7x1c8b4n6",
                 "sessionId": "2021-xuhui-sub-1a2b3c4d", "venueId": "2021-xuhui-sub", "audience": "PUBLIC",
                 "partySize": 2, "at": "2021-07-15T01:41:07Z", "replayed": false}""";

        static CheckinView of(Checkin c, boolean replayed) {
            return new CheckinView(
                    c.id(),
                    c.registrationId(),
                    c.sessionId(),
                    c.venueId(),
                    c.audience(),
                    c.partySize(),
                    c.at(),
                    replayed);
        }
    }

    private final CheckIn checkIn;
    private final Attendance attendance;

    CheckinController(CheckIn checkIn, Attendance attendance) {
        this.checkIn = checkIn;
        this.attendance = attendance;
    }

    @Operation(
            operationId = "checkIn",
            summary = "签到 Check a party in",
            description = "场馆主办单位的工作人员(区局管理员、班组队员)和市局管理员,凭签到码。已签到的再次签到答复 409 并给出第一次的"
                    + "时间;同一扫码编号重发时答复第一次的结果(200),不算第二次签到。 The venue's staff (its unit's admins and"
                    + " squad officers) and city admins, by code. A second check-in is 409 naming when the first"
                    + " happened; a scan sent again with the same scanId answers the first result (200).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ScanBody.class),
                                            examples = @ExampleObject(name = "scan", value = """
                                                            {"code": "H7K2M9QX", "scanId": "gate-2-000154"}"""))),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "已签到。Checked in.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = CheckinView.class),
                                        examples = @ExampleObject(name = "in", value = CheckinView.EXAMPLE))),
                @ApiResponse(responseCode = "200", description = "同一扫码编号的重发。The same scan sent again."),
                @ApiResponse(
                        responseCode = "409",
                        description = "已签到(`already-checked-in`,附 firstCheckedInAt),或报名未确认、扫码编号已用于他人"
                                + "(`checkin-refused`)。Checked in already, or not confirmed, or the scan id was used"
                                + " for another code.")
            })
    @PostMapping("/api/v1/openday/checkins")
    ResponseEntity<CheckinView> checkIn(Caller caller, @Valid @RequestBody ScanBody body) {
        CheckIn.Outcome outcome =
                checkIn.checkIn(caller, body.code().toUpperCase(java.util.Locale.ROOT), body.scanId());
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(CheckinView.of(outcome.checkin(), outcome.replayed()));
    }

    @Operation(
            operationId = "undoCheckIn",
            summary = "撤销签到 Undo a check-in",
            description = "场馆的工作人员。撤销后可再次签到;已撤销的再撤销不改变任何内容。 The venue's staff. The party may be"
                    + " checked in again; undoing an undone check-in changes nothing.",
            responses = {@ApiResponse(responseCode = "204", description = "已撤销。Undone.")})
    @DeleteMapping("/api/v1/openday/checkins/{id}")
    ResponseEntity<Void> undo(
            Caller caller,
            @Parameter(description = "签到记录编号。The check-in's id.") @PathVariable @Size(max = 40) String id) {
        checkIn.undo(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "venueAttendance",
            summary = "场馆实时人数 A venue's live counts",
            description =
                    "场馆的工作人员。各场次及合计:已确认人数(registered)、已签到的报名数(checkedIn)、到场人数(present)。"
                            + " The venue's staff. Per session and in all: people confirmed, parties checked in, people present.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "实时人数。The counts.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = Attendance.VenueCounts.class),
                                        examples = @ExampleObject(name = "counts", value = """
                                                        {"venueId": "2021-xuhui-sub",
                                                         "sessions": [{"sessionId": "2021-xuhui-sub-1a2b3c4d", "registered": 180,
                                                                       "checkedIn": 41, "present": 62}],
                                                         "total": {"sessionId": null, "registered": 180, "checkedIn": 41,
                                                                   "present": 62}}""")))
            })
    @GetMapping("/api/v1/openday/venues/{id}/attendance")
    Attendance.VenueCounts attendance(
            Caller caller,
            @Parameter(description = "场馆编号。The venue's id.", example = "2021-xuhui-sub") @PathVariable @Size(max = 100)
                    String id) {
        return attendance.ofVenue(caller, id);
    }
}
