package cn.summerhotline.openday.plan.web;

import cn.summerhotline.openday.plan.application.SubmitPlan;
import cn.summerhotline.openday.plan.model.PlanDecision;
import cn.summerhotline.openday.plan.model.PlanDecisionEntry;
import cn.summerhotline.openday.plan.model.PlanVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the plan API, validated before anything is read or changed. */
final class PlanRequests {

    private PlanRequests() {}

    @Schema(
            description = "区局报送本区的开放日活动方案;district 省略时为调用方的区,填写时须是本区。"
                    + " A district bureau's open-day plan; district defaults to the caller's and must be theirs.",
            example = """
                    {"district": "xuhui", "content": "7月15日徐汇区城管执法局设分会场,邀请人大代表、政协委员和市民走进城管。",
                     "activitiesSummary": "成效展示、志愿者普法、文艺展示、为群众办实事、云上开放日直播"}""")
    record SubmitBody(
            @Schema(
                    types = {"string", "null"},
                    description = "区代码。The district's code.",
                    example = "xuhui")
            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
            String district,

            @Schema(description = "方案正文。The plan.") @NotBlank @Size(max = PlanVersion.MAX_CONTENT)
            String content,

            @Schema(description = "活动概要。Its activities in brief.") @NotBlank @Size(max = PlanVersion.MAX_SUMMARY)
            String activitiesSummary) {

        SubmitPlan.Submission submission() {
            return new SubmitPlan.Submission(district, content, activitiesSummary);
        }
    }

    @Schema(
            description = "市局办公室的审定:采纳,或退回修改(须写明意见)。"
                    + " The office's decision: accept, or return for revision (a comment is required).",
            example = """
                    {"decision": "RETURN", "comment": "请补充各街镇中队分会场的安排和安全保障措施。"}""")
    record DecisionBody(
            @NotNull PlanDecision decision,

            @Schema(
                    types = {"string", "null"},
                    description = "意见;退回时必填。The comment; required to return.")
            @Size(max = PlanDecisionEntry.MAX_COMMENT)
            String comment) {}
}
