package cn.summerhotline.openday.checkin.web;

import cn.summerhotline.openday.checkin.application.QrCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "registrations")
class QrController {

    private final QrCode qr;

    QrController(QrCode qr) {
        this.qr = qr;
    }

    @Operation(
            operationId = "registrationQrCode",
            summary = "签到二维码 The check-in QR code",
            description = "公开接口,凭报名凭证;报名确认后才有(候补中答复 409)。二维码内容即签到码。 Public, with the"
                    + " registration's token; only once confirmed (409 while waitlisted). The code holds the check-in"
                    + " code.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "PNG 图片。A PNG image.",
                        content =
                                @Content(
                                        mediaType = MediaType.IMAGE_PNG_VALUE,
                                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "409", description = "报名尚未确认(`checkin-refused`)。Not confirmed yet.")
            })
    @GetMapping(value = "/api/v1/openday/registrations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(
            @Parameter(description = "报名编号。The registration's id.", example = "k3v9q2m7x1c8b4n6")
                    @PathVariable
                    @Size(max = 40)
                    String id,
            @Parameter(description = "报名时给出的凭证。The token handed out at registration.") @RequestParam @Size(max = 100)
                    String token) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(qr.png(id, token));
    }
}
