package cn.summerhotline.openday.checkin.web;

import cn.summerhotline.openday.checkin.application.ExportRegistrations;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "checkins")
class ExportController {

    private static final String DESCRIPTION = "场馆的工作人员(主办单位区局管理员、班组队员)和市局管理员。每条报名一行:状态、人数、"
            + "签到时间。手机号码仅对场馆主办单位本身的管理员完整显示,其他人均遮蔽(138****5678)。 The venue's staff and city"
            + " admins; one row per registration with status, party and check-in. Phones in full only for the venue's"
            + " own admin, masked (138****5678) for everybody else.";

    private final ExportRegistrations export;

    ExportController(ExportRegistrations export) {
        this.export = export;
    }

    @Operation(
            operationId = "exportSessionRegistrations",
            summary = "导出场次报名名单 Export a session's registrations",
            description = DESCRIPTION,
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "xlsx 表格。An .xlsx sheet.",
                        content =
                                @Content(
                                        mediaType = Spreadsheet.MEDIA_TYPE,
                                        schema = @Schema(type = "string", format = "binary")))
            })
    @GetMapping(value = "/api/v1/openday/sessions/{id}/registrations.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> session(
            Caller caller,
            @Parameter(description = "场次编号。The session's id.") @PathVariable @Size(max = 120) String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationWorkbook.write(lines -> export.ofSession(caller, id, lines), out);
        return answer(out, "registrations-" + id + ".xlsx");
    }

    @Operation(
            operationId = "exportVenueRegistrations",
            summary = "导出场馆报名名单 Export a venue's registrations",
            description = DESCRIPTION + " 含场馆的全部场次。Every session of the venue.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "xlsx 表格。An .xlsx sheet.",
                        content =
                                @Content(
                                        mediaType = Spreadsheet.MEDIA_TYPE,
                                        schema = @Schema(type = "string", format = "binary")))
            })
    @GetMapping(value = "/api/v1/openday/venues/{id}/registrations.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> venue(
            Caller caller, @Parameter(description = "场馆编号。The venue's id.") @PathVariable @Size(max = 100) String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationWorkbook.write(lines -> export.ofVenue(caller, id, lines), out);
        return answer(out, "registrations-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> answer(ByteArrayOutputStream out, String file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(out.toByteArray());
    }
}
