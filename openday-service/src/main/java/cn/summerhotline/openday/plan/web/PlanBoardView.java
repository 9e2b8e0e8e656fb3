package cn.summerhotline.openday.plan.web;

import cn.summerhotline.openday.plan.application.ViewPlans;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A year's plans as the office follows them: submitted, late and missing districts. */
@Schema(description = "某年各区方案的报送情况:已报送、逾期报送和未报送的区。A year's plans: submitted, late and missing districts.")
record PlanBoardView(
        @Schema(example = "2021") int year,
        @Schema(example = "2021-07-05") LocalDate planDeadline,

        @Schema(description = "此刻起报送为逾期。Plans submitted from this instant are late.")
        Instant plansLateFrom,

        @Schema(description = "截止日已过。The deadline has passed.")
        boolean deadlinePassed,

        List<PlanView> plans,

        @Schema(description = "已报送的区。Districts that submitted.", example = "[\"xuhui\"]")
        List<String> submitted,

        @Schema(description = "逾期报送的区。Districts that submitted late.", example = "[]")
        List<String> late,

        @Schema(description = "尚未报送的区。Districts that have not submitted.", example = "[\"huangpu\"]")
        List<String> missing) {

    static PlanBoardView of(ViewPlans.Board board) {
        return new PlanBoardView(
                board.openDay().year(),
                board.openDay().planDeadline(),
                board.openDay().plansLateFrom(),
                board.deadlinePassed(),
                board.plans().stream().map(PlanView::of).toList(),
                board.submitted(),
                board.late(),
                board.missing());
    }
}
