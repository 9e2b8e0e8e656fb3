package cn.summerhotline.openday.openday.web;

import cn.summerhotline.openday.openday.application.ManageOpenDay;
import cn.summerhotline.openday.openday.application.ReadOpenDay;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A year's open day: read by anybody, set up by the city bureau, themed further by each unit. */
@RestController
@Tag(name = "open-day", description = "每年的公众开放日:日期、主题、会场和场次。Each year's open day: date, themes, venues, sessions.")
class OpenDayController {

    static final String YEAR = "开放日的年份。The open day's year.";

    private final ReadOpenDay read;
    private final ManageOpenDay manage;

    OpenDayController(ReadOpenDay read, ManageOpenDay manage) {
        this.read = read;
        this.manage = manage;
    }

    @Operation(
            operationId = "getOpenDay",
            summary = "某年的开放日 Read a year's open day",
            description = "日期、主题(含各单位增设的)、区局方案截止日、主会场和各会场及其场次。公开,无需登录。"
                    + " The date, the themes (the units' own too), the plans' deadline, the main venue, and every venue"
                    + " with its sessions. Public.",
            responses = {
                @ApiResponse(responseCode = "200", description = "该年的开放日。The year's open day."),
                @ApiResponse(responseCode = "404", description = "该年没有开放日。No open day that year.")
            })
    @GetMapping("/api/v1/openday/{year:\\d{4}}")
    OpenDayView openDay(@Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year) {
        return OpenDayView.of(read.of(year));
    }

    @Operation(
            operationId = "putOpenDay",
            summary = "设置某年的开放日 Set up a year's open day",
            description = "仅市局管理员:新建或修改该年开放日的日期、主题和区局方案截止日;各单位的主题保留。"
                    + " City admins only: creates the year's open day or sets its date, theme and plans' deadline; the"
                    + " units' themes stay.")
    @PutMapping("/api/v1/openday/{year:\\d{4}}")
    OpenDayView put(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year,
            @Valid @RequestBody OpenDayRequests.OpenDayBody body) {
        manage.put(caller, year, body.date(), body.theme().strip(), body.planDeadline());
        return OpenDayView.of(read.of(year));
    }

    @Operation(
            operationId = "putUnitTheme",
            summary = "单位增设主题 Set a unit's own theme",
            description = "区局管理员(含总队和特殊单位)为本单位增设主题,市局管理员可为任何单位设置;其他单位 403。"
                    + " A district admin (also of the corps or a special unit) sets their own unit's theme, a city admin"
                    + " any unit's; another unit's answers 403.",
            responses = {
                @ApiResponse(responseCode = "200", description = "开放日及各单位的主题。The open day with the units' themes."),
                @ApiResponse(responseCode = "404", description = "该年没有开放日。No open day that year.")
            })
    @PutMapping("/api/v1/openday/{year:\\d{4}}/themes/{unit}")
    OpenDayView unitTheme(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable @Min(2000) @Max(2999) int year,
            @Parameter(description = "单位代码,如 xuhui、corps、lingang。The unit's code.", example = "xuhui")
                    @PathVariable
                    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
                    String unit,
            @Valid @RequestBody OpenDayRequests.UnitThemeBody body) {
        manage.setUnitTheme(caller, year, unit, body.theme().strip());
        return OpenDayView.of(read.of(year));
    }
}
