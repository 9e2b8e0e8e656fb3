package cn.summerhotline.openday.openday.web;

import cn.summerhotline.openday.openday.model.OpenDay;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the open day API, validated before anything is read or changed. */
final class OpenDayRequests {

    private OpenDayRequests() {}

    @Schema(
            description = "某年开放日的日期、主题和区局方案截止日(须在开放日之前或当天)。"
                    + " The year's date, theme, and the last day district plans are on time (not after the day).",
            example = """
                    {"date": "2021-07-15", "theme": "建党百年不忘初心，牢记使命执法为民", "planDeadline": "2021-07-05"}""")
    record OpenDayBody(
            @Schema(description = "开放日日期,须在该年内。The day, in that year.") @NotNull
            LocalDate date,

            @Schema(description = "全系统的活动主题。The system-wide theme.") @NotBlank @Size(max = OpenDay.MAX_THEME)
            String theme,

            @Schema(description = "区局方案截止日。The plans' deadline.") @NotNull
            LocalDate planDeadline) {}

    @Schema(description = "本单位增设的活动主题。A unit's own theme.", example = """
                    {"theme": "守护一江一河，共建美丽徐汇"}""")
    record UnitThemeBody(
            @NotBlank @Size(max = OpenDay.MAX_THEME) String theme) {}
}
