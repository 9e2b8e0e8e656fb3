package cn.summerhotline.openday.registration.web;

import cn.summerhotline.openday.registration.application.CancelRegistration;
import cn.summerhotline.openday.registration.application.OwnRegistration;
import cn.summerhotline.openday.registration.application.Register;
import cn.summerhotline.openday.registration.application.RegistrationSecrets;
import cn.summerhotline.openday.registration.model.Registrant;
import cn.summerhotline.openday.session.application.NotFound;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "registrations", description = "开放日报名:市民无需登录。Registrations for the open day, without an account.")
class RegistrationController {

    private final Register register;
    private final OwnRegistration own;
    private final CancelRegistration cancel;
    private final RepeatableActions repeatable;

    RegistrationController(
            Register register, OwnRegistration own, CancelRegistration cancel, RepeatableActions repeatable) {
        this.register = register;
        this.own = own;
        this.cancel = cancel;
        this.repeatable = repeatable;
    }

    @Operation(
            operationId = "register",
            summary = "报名 Register for a session",
            description = "公开接口,网关限流。每个手机号码每场只能报名一次(再次报名 409);带同一 Idempotency-Key 重试时答复第一次的结果。"
                    + "该人群名额未满时即确认(CONFIRMED,附签到码),已满时进入候补(WAITLISTED,附位次),有人取消时按顺序自动递补。"
                    + "任何并发下都不会超出名额。 Public, rate limited at the gateway. One registration per phone and"
                    + " session (a second is 409); a retry with the same Idempotency-Key answers the first result."
                    + " CONFIRMED with a check-in code while the audience's quota has room, else WAITLISTED with its"
                    + " position, promoted in order when places come free. Never oversold, however many replicas"
                    + " and requests race.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = RegistrationRequests.RegisterBody.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "family",
                                                            summary = "一家三口 A family of three",
                                                            value = """
                                                            {"name": "王小明", "phone": "13812345678", "audience": "PUBLIC",
                                                             "partySize": 3}"""))),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "已报名:确认或候补。Registered: confirmed or waitlisted.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = RegistrationViews.Registered.class),
                                        examples = {
                                            @ExampleObject(
                                                    name = "confirmed",
                                                    value = RegistrationViews.Registered.CONFIRMED),
                                            @ExampleObject(
                                                    name = "waitlisted",
                                                    value = RegistrationViews.Registered.WAITLISTED)
                                        })),
                @ApiResponse(
                        responseCode = "409",
                        description = "该号码已报名本场(`already-registered`),或报名已截止、该人群无名额、同行人数超过该人群全部名额"
                                + "(`registration-refused`)。The phone has registered already, or registration closed,"
                                + " the audience has no places, or the party exceeds its whole quota.")
            })
    @PostMapping("/api/v1/openday/sessions/{id}/registrations")
    ResponseEntity<RegistrationViews.Registered> register(
            @Parameter(description = "场次编号。The session's id.", example = "2021-xuhui-sub-1a2b3c4d") @PathVariable
                    String id,
            @Parameter(description = "重试同一请求时使用同一值。The same value for a retry of the same request.")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody RegistrationRequests.RegisterBody body) {
        Registrant registrant = new Registrant(body.name(), body.phone(), body.partySize());
        String request =
                "register " + id + " " + body.audience() + " " + registrant.partySize() + " " + registrant.name();
        RepeatableActions.Outcome<Register.Registered> outcome = repeatable.run(
                "registrant:" + RegistrationSecrets.phoneKey(id, registrant.phone()),
                idempotencyKey,
                request,
                () -> register.register(id, body.audience(), registrant),
                done -> done.registration().id(),
                register::current);
        Register.Registered done = outcome.result();
        return ResponseEntity.created(URI.create(
                        "/api/v1/openday/registrations/" + done.registration().id()))
                .body(RegistrationViews.Registered.of(done));
    }

    @Operation(
            operationId = "getOwnRegistration",
            summary = "查看本人报名 Read one's own registration",
            description = "公开接口,凭报名时给出的凭证。状态、当前候补位次、签到码、可取消截止时间;凭证不对时与报名不存在一样答复 404。"
                    + " Public, with the token handed out at registration: status, current position, check-in code,"
                    + " cancellation deadline. A wrong token answers 404, as an unknown registration does.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "本人的报名。The registration.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = RegistrationViews.Own.class),
                                        examples = @ExampleObject(name = "own", value = RegistrationViews.Own.EXAMPLE)))
            })
    @GetMapping("/api/v1/openday/registrations/{id}")
    RegistrationViews.Own ownRegistration(
            @Parameter(description = "报名编号。The registration's id.", example = "k3v9q2m7x1c8b4n6")
                    @PathVariable
                    @Size(max = 40)
                    String id,
            @Parameter(description = "报名时给出的凭证。The token handed out at registration.") @RequestParam @Size(max = 100)
                    String token) {
        return RegistrationViews.Own.of(own.read(id, token));
    }

    @Operation(
            operationId = "cancelRegistration",
            summary = "取消报名 Cancel a registration",
            description = "报名人凭凭证在场次开始前的截止时间之前取消(summer.openday.registrations.cancel-before,默认 24 小时);"
                    + "场馆主办单位管理员和市局管理员可随时取消任何报名(不带凭证、带令牌)。空出的名额立即按顺序递补候补者。已取消的再取消不"
                    + "改变任何内容。 The registrant with the token until the deadline before the session (cancel-before,"
                    + " 24 hours by default); the venue's admins and the city's cancel any registration at any time"
                    + " (no token parameter, a bearer token). The freed places go to the waiting list at once, in"
                    + " order. Cancelling a cancelled registration changes nothing.",
            responses = {
                @ApiResponse(responseCode = "204", description = "已取消。Cancelled."),
                @ApiResponse(
                        responseCode = "409",
                        description = "已过本人取消的截止时间,或报名正在处理(`registration-refused`)。Past the deadline, or"
                                + " the registration is still being processed.")
            })
    @DeleteMapping("/api/v1/openday/registrations/{id}")
    ResponseEntity<Void> cancel(
            Caller caller,
            @Parameter(description = "报名编号。The registration's id.", example = "k3v9q2m7x1c8b4n6")
                    @PathVariable
                    @Size(max = 40)
                    String id,
            @Parameter(description = "报名时给出的凭证(工作人员不带)。The registrant's token (staff leave it out).")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String token) {
        if (token != null) {
            cancel.byRegistrant(id, token);
        } else if (caller.authenticated()) {
            cancel.byStaff(caller, id);
        } else {
            throw new NotFound("Registration", id);
        }
        return ResponseEntity.noContent().build();
    }
}
