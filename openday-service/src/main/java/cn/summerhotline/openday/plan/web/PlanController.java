package cn.summerhotline.openday.plan.web;

import cn.summerhotline.openday.plan.application.DecideOnPlan;
import cn.summerhotline.openday.plan.application.SubmitPlan;
import cn.summerhotline.openday.plan.application.ViewPlans;
import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district bureaus' open-day plans (附件1 五(一)): submitted to the city bureau office by the year's deadline,
 * accepted or returned by it, resubmitted when returned.
 */
@RestController
@Tag(
        name = "district-plans",
        description = "各区局报市局办公室的开放日活动方案:报送、逾期与未报送、采纳或退回。"
                + " The districts' open-day plans: submission, late and missing plans, acceptance or return.")
class PlanController {

    static final String YEAR = "开放日的年份。The open day's year.";
    static final String PLAN_ID = "方案编号:年份-区代码。The plan's id: year-district.";
    static final String IDEMPOTENCY_KEY_DESCRIPTION = "幂等键(每个调用方各自保存):同一键和同一请求体重复报送时返回该方案,并带"
            + " `Idempotent-Replayed: true`,而不是 409;同一键用于不同请求体返回 422。Kept per caller: the same key and body"
            + " answer the plan with `Idempotent-Replayed: true` instead of a 409; the same key with another body answers"
            + " 422.";
    static final String DISTRICT_ONLY =
            "区局管理员和区系统只能看到本区的方案。A district's admin or system sees its own" + " district's plan only.";

    private final SubmitPlan submit;
    private final DecideOnPlan decide;
    private final ViewPlans view;

    PlanController(SubmitPlan submit, DecideOnPlan decide, ViewPlans view) {
        this.submit = submit;
        this.decide = decide;
        this.view = view;
    }

    @Operation(
            operationId = "submitPlan",
            summary = "报送区局方案 Submit a district's plan",
            description = "区局管理员或区系统报送本区方案(其他单位 403);截止日后报送记为逾期。已退回的方案可再次报送,成为新版本,"
                    + "历史保留;待审定或已采纳时再报送为 409。发出 plan.submitted.<区> 事件。"
                    + " A district bureau's admin or system submits its own district's plan (any other unit: 403);"
                    + " after the deadline it is marked late. A returned plan is submitted again as a new version,"
                    + " the history kept; while awaiting a decision or once accepted, 409. Emits"
                    + " plan.submitted.<district>.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "已报送。Submitted.",
                        headers =
                                @Header(
                                        name = "Idempotent-Replayed",
                                        description = "是否为同一幂等键的重放。Whether the answer repeats an earlier"
                                                + " request with the same Idempotency-Key.",
                                        schema = @Schema(type = "boolean"))),
                @ApiResponse(responseCode = "422", description = "同一幂等键用于不同的请求体。The key was used with another body."),
                @ApiResponse(responseCode = "404", description = "该年没有开放日。No open day that year."),
                @ApiResponse(responseCode = "409", description = "方案待审定或已采纳。The plan awaits a decision or is accepted.")
            })
    @PostMapping("/api/v1/openday/{year:\\d{4}}/plans")
    ResponseEntity<PlanView> submit(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year,
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    @Size(max = 200)
                    String key,
            @Valid @RequestBody PlanRequests.SubmitBody body) {
        RepeatableActions.Outcome<DistrictPlan> outcome = submit.submit(caller, year, body.submission(), key);
        PlanView plan = PlanView.of(outcome.result());
        return ResponseEntity.created(URI.create("/api/v1/openday/plans/" + plan.id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(plan);
    }

    @Operation(
            operationId = "listPlans",
            summary = "各区方案报送情况 Follow a year's plans",
            description = "市局看到各区:已报送、逾期报送(截止日后报送)和未报送的区,以及各方案。" + DISTRICT_ONLY
                    + " The city bureau sees every district: submitted, late (after the deadline) and missing, with the"
                    + " plans.",
            responses = {
                @ApiResponse(responseCode = "200", description = "报送情况。The year's plans."),
                @ApiResponse(responseCode = "404", description = "该年没有开放日。No open day that year.")
            })
    @GetMapping("/api/v1/openday/{year:\\d{4}}/plans")
    PlanBoardView board(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year) {
        return PlanBoardView.of(view.board(caller, year));
    }

    @Operation(
            operationId = "getPlan",
            summary = "方案详情 Read a plan",
            description = "方案的各版本和审定记录。" + DISTRICT_ONLY + " Its versions and decisions.",
            responses = {
                @ApiResponse(responseCode = "200", description = "方案。The plan."),
                @ApiResponse(responseCode = "404", description = "没有该方案。No such plan.")
            })
    @GetMapping("/api/v1/openday/plans/{planId}")
    PlanView one(Caller caller, @Parameter(description = PLAN_ID, example = "2021-xuhui") @PathVariable String planId) {
        return PlanView.of(view.one(caller, planId));
    }

    @Operation(
            operationId = "decideOnPlan",
            summary = "审定方案 Accept or return a plan",
            description = "仅市局管理员(市局办公室):采纳,或退回修改并写明意见;方案不在待审定状态时 409。发出"
                    + " plan.accepted.<区> 或 plan.returned.<区> 事件。"
                    + " City admins (the city bureau office) only: accept, or return with a comment; 409 when the plan"
                    + " is not awaiting a decision. Emits plan.accepted.<district> or plan.returned.<district>.",
            responses = {
                @ApiResponse(responseCode = "200", description = "审定后的方案。The plan as decided."),
                @ApiResponse(responseCode = "404", description = "没有该方案。No such plan."),
                @ApiResponse(responseCode = "409", description = "方案不在待审定状态。The plan is not awaiting a decision.")
            })
    @PostMapping("/api/v1/openday/plans/{planId}/decision")
    PlanView decide(
            Caller caller,
            @Parameter(description = PLAN_ID, example = "2021-xuhui") @PathVariable String planId,
            @Valid @RequestBody PlanRequests.DecisionBody body) {
        return PlanView.of(decide.decide(caller, planId, body.decision(), body.comment()));
    }
}
