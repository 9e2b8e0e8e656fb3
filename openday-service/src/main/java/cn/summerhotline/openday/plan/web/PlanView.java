package cn.summerhotline.openday.plan.web;

import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.openday.plan.model.PlanDecision;
import cn.summerhotline.openday.plan.model.PlanDecisionEntry;
import cn.summerhotline.openday.plan.model.PlanStatus;
import cn.summerhotline.openday.plan.model.PlanVersion;
import cn.summerhotline.platform.organisation.Unit;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A district's plan with every version submitted and every decision taken. */
@Schema(description = "区局的开放日方案及其各版本和审定记录。A district's plan, its versions and decisions.")
record PlanView(
        @Schema(example = "2021-xuhui") String id,
        @Schema(example = "2021") int year,
        @Schema(example = "xuhui") String district,
        @Schema(example = "徐汇区") String districtName,
        PlanStatus status,

        @Schema(description = "首次报送晚于截止日。Its first version came after the deadline.")
        boolean late,

        @Schema(example = "1") int currentVersion,
        List<VersionView> versions,
        List<DecisionView> decisions) {

    /** One submission. */
    record VersionView(
            int number,
            String content,
            String activitiesSummary,
            String submittedBy,
            Instant submittedAt,
            boolean late) {}

    /** One decision of the office. */
    record DecisionView(
            int version,
            PlanDecision decision,
            @Schema(types = {"string", "null"}) String comment,
            String decidedBy,
            Instant decidedAt) {}

    static PlanView of(DistrictPlan plan) {
        return new PlanView(
                plan.id(),
                plan.year(),
                plan.district(),
                Unit.ofCode(plan.district()).map(u -> u.label().zh()).orElse(plan.district()),
                plan.status(),
                plan.late(),
                plan.current().number(),
                plan.versions().stream().map(PlanView::version).toList(),
                plan.decisions().stream().map(PlanView::decision).toList());
    }

    private static VersionView version(PlanVersion v) {
        return new VersionView(
                v.number(), v.content(), v.activitiesSummary(), v.submittedBy(), v.submittedAt(), v.late());
    }

    private static DecisionView decision(PlanDecisionEntry e) {
        return new DecisionView(e.version(), e.decision(), e.comment(), e.decidedBy(), e.decidedAt());
    }
}
