package cn.summerhotline.openday.session.web;

import cn.summerhotline.openday.session.application.PlanSession;
import cn.summerhotline.openday.session.application.SessionFigures;
import cn.summerhotline.openday.session.model.Session;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "sessions", description = "开放日场次:名额与各类人群配额。The open day's sessions, their capacity and quotas.")
class SessionController {

    private final PlanSession plan;
    private final SessionFigures figures;

    SessionController(PlanSession plan, SessionFigures figures) {
        this.plan = plan;
        this.figures = figures;
    }

    @Operation(
            operationId = "planSession",
            summary = "新增场次 Add a session to a venue",
            description = "场馆主办单位的区局管理员或市局管理员。各类人群的名额均不得超过总名额,合计也不得超过总名额(否则 400)。场次"
                    + "一经设立,名额不再改动。 The venue's host unit's admins or the city's. Each quota and their sum stay"
                    + " within the capacity (else 400). A session's figures never change once planned.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = SessionRequests.NewSessionBody.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "morning",
                                                            summary = "上午场 A morning session",
                                                            value = """
                                                            {"startsAt": "2021-07-15T01:30:00Z", "endsAt": "2021-07-15T03:30:00Z",
                                                             "capacity": 200,
                                                             "quotas": {"PUBLIC": 150, "INVITED": 20, "STUDENTS": 20, "MEDIA": 10}}"""))),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "场次已设立。The session is planned.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = SessionView.class),
                                        examples = @ExampleObject(name = "planned", value = SessionView.EXAMPLE)))
            })
    @PostMapping("/api/v1/openday/venues/{id}/sessions")
    ResponseEntity<SessionView> planSession(
            Caller caller,
            @Parameter(description = "场馆编号。The venue's id.", example = "2021-xuhui-sub") @PathVariable String id,
            @Valid @RequestBody SessionRequests.NewSessionBody body) {
        Session session = plan.plan(
                caller, id, new PlanSession.NewSession(body.startsAt(), body.endsAt(), body.capacity(), body.quotas()));
        return ResponseEntity.created(URI.create("/api/v1/openday/sessions/" + session.id()))
                .body(SessionView.of(session, figures.of(session)));
    }

    @Operation(
            operationId = "getSession",
            summary = "场次及统计 A session and its figures",
            description = "任何工作人员。总名额、各类配额,以及各类人群和合计的已确认、候补、签到和到场人数。 Any staff member:"
                    + " capacity, quotas, and per audience and in all the people confirmed and waitlisted, the parties"
                    + " checked in and their people present.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "场次。The session.",
                        content =
                                @Content(
                                        schema = @Schema(implementation = SessionView.class),
                                        examples = @ExampleObject(name = "session", value = SessionView.EXAMPLE)))
            })
    @GetMapping("/api/v1/openday/sessions/{id}")
    SessionView session(
            Caller caller,
            @Parameter(description = "场次编号。The session's id.", example = "2021-xuhui-sub-1a2b3c4d")
                    @PathVariable
                    @Size(max = 120)
                    String id) {
        Session session = plan.session(id);
        return SessionView.of(session, figures.of(session));
    }
}
