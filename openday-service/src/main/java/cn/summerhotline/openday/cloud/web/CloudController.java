package cn.summerhotline.openday.cloud.web;

import cn.summerhotline.openday.cloud.application.BuildMainRelease;
import cn.summerhotline.openday.cloud.application.CloudClock;
import cn.summerhotline.openday.cloud.application.ReadCloud;
import cn.summerhotline.openday.cloud.application.SetCalendar;
import cn.summerhotline.openday.cloud.application.SetUnitTheme;
import cn.summerhotline.openday.cloud.application.SubmitItem;
import cn.summerhotline.openday.cloud.application.UnitThemes;
import cn.summerhotline.openday.cloud.model.UnitTheme;
import cn.summerhotline.openday.cloud.web.CloudViews.CalendarView;
import cn.summerhotline.openday.cloud.web.CloudViews.CloudView;
import cn.summerhotline.openday.cloud.web.CloudViews.ItemView;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The units' and the city bureau's side of the cloud open day: items, their review status, the phases. */
@RestController
@Tag(name = "cloud-open-day")
class CloudController {

    static final String ITEM_ID = "[A-Za-z0-9_-]{1,100}";

    private final SubmitItem submit;
    private final ReadCloud read;
    private final SetCalendar setCalendar;
    private final CloudClock clock;
    private final BuildMainRelease mainRelease;
    private final UnitThemes themes;
    private final SetUnitTheme setTheme;

    CloudController(
            SubmitItem submit,
            ReadCloud read,
            SetCalendar setCalendar,
            CloudClock clock,
            BuildMainRelease mainRelease,
            UnitThemes themes,
            SetUnitTheme setTheme) {
        this.mainRelease = mainRelease;
        this.themes = themes;
        this.setTheme = setTheme;
        this.submit = submit;
        this.read = read;
        this.setCalendar = setCalendar;
        this.clock = clock;
    }

    @Operation(
            operationId = "getCloudOpenDay",
            summary = "云上开放日概览 The year's cloud open day",
            description = "阶段、八个栏目(调用者可见的内容:本单位的,市局为全部)、二十个单位主题和两场发布。Phases, the eight"
                    + " sections with the items the caller may see (its unit's; the city's all), the twenty units and"
                    + " the two releases. 市局、区局管理员、中队队员和审核员。City and district admins, squad officers,"
                    + " reviewers.")
    @GetMapping("/api/v1/openday/{year}/cloud")
    CloudView<ItemView> overview(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return CloudViews.cloud(calendar(year), read.ownItems(caller, year), themes.ofYear(year), ItemView::of);
    }

    @Operation(
            operationId = "submitCloudItem",
            summary = "提交栏目内容 Hand in a section's item",
            description = "单位在素材准备阶段上传(附件2:6月21日至7月1日);内容以 openday.content.submitted.<单位> 事件进入三级"
                    + "审核,发布后才公开。两场发布仅市局管理员提交。Units upload during material preparation; the item"
                    + " goes to the three-level review by an openday.content.submitted.<unit> event and is public only"
                    + " once published. Releases: city admins only.",
            responses = {
                @ApiResponse(responseCode = "201", description = "已提交审核。Handed in for review."),
                @ApiResponse(
                        responseCode = "409",
                        description = "当前阶段不接受上传(`wrong-phase`)。Not open in the current phase.")
            })
    @PostMapping("/api/v1/openday/{year}/cloud/items")
    ResponseEntity<ItemView> submit(
            Caller caller,
            @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody CloudRequests.ItemBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemView.of(submit.submit(caller, year, body.item())));
    }

    @Operation(
            operationId = "getCloudItem",
            summary = "栏目内容及审核状态 An item and its review status",
            description = "本单位人员(市局为全部)任何阶段可见。Its unit's staff (the city's: all), in any phase.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该内容。No such item.")
            })
    @GetMapping("/api/v1/openday/cloud/items/{id}")
    ItemView item(Caller caller, @PathVariable @Pattern(regexp = ITEM_ID) String id) {
        return ItemView.of(read.ownItem(caller, id));
    }

    @Operation(
            operationId = "previewCloudOpenDay",
            summary = "平台测试预览 Preview the platform",
            description = "平台测试阶段起(附件2:7月5日至11日),审核员和管理员预览已发布和审核中的内容(区级人员只见本区的审核中内容)。"
                    + "From the platform test on, reviewers and admins preview published and in-review items (district"
                    + " staff see only their own district's in review).",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "409", description = "尚未到平台测试阶段。Before the test.")
            })
    @GetMapping("/api/v1/openday/{year}/cloud/preview")
    CloudView<ItemView> preview(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return CloudViews.cloud(calendar(year), read.preview(caller, year), themes.ofYear(year), ItemView::of);
    }

    @Operation(
            operationId = "setCloudCalendar",
            summary = "设定阶段日期 Set the phases' dates",
            description = "市局管理员(市局办公室)设定素材准备、平台测试、正式上线的起止日。The city bureau office sets the"
                    + " phases' first and last days.")
    @PutMapping("/api/v1/openday/{year}/cloud/calendar")
    CalendarView setCalendar(
            Caller caller,
            @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody CloudRequests.CalendarBody body) {
        setCalendar.set(caller, body.calendar(year));
        return calendar(year);
    }

    @Operation(
            operationId = "buildMainRelease",
            summary = "生成主发布 Build the main release",
            description = "市局管理员。以投诉服务上半年的受理、按时办结和满意度数据生成 7月15日主发布(上半年市民满意度测评,附图表),"
                    + "并像其他内容一样提交三级审核。取不到或数据不完整时什么也不生成(503 或 409),绝不发布错误数字。City admins. Builds"
                    + " the 15 July main release (the first half-year's satisfaction survey, with charts) from"
                    + " complaint-service's figures and hands it in for review like any item. Without complete figures"
                    + " nothing is built (503 or 409): never wrong figures.",
            responses = {
                @ApiResponse(responseCode = "201", description = "已生成并提交审核。Built and handed in for review."),
                @ApiResponse(responseCode = "409", description = "数据不完整或阶段不对。Incomplete figures, or wrong phase."),
                @ApiResponse(responseCode = "503", description = "投诉服务暂不可用。complaint-service unavailable.")
            })
    @PostMapping("/api/v1/openday/{year}/releases/main")
    ResponseEntity<ItemView> mainRelease(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemView.of(mainRelease.build(caller, year)));
    }

    @Operation(
            operationId = "setUnitTheme",
            summary = "设定单位主题活动 Set a unit's themed activity",
            description = "二十个单位(16 个区局、执法总队、3 个特殊单位)各一项主题活动,含日程和可选的直播;本单位管理员或市局管理员。"
                    + "One themed activity per field unit, with its schedule and an optional live stream; the unit's"
                    + " admin or a city admin.")
    @PutMapping("/api/v1/openday/{year}/cloud/themes/{unit}")
    CloudViews.UnitThemeView setTheme(
            Caller caller,
            @PathVariable @Min(2000) @Max(2100) int year,
            @PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String unit,
            @Valid @RequestBody CloudRequests.ThemeBody body) {
        UnitTheme theme = setTheme.set(
                caller, new UnitTheme(year, unit, body.title(), body.startsAt(), body.endsAt(), body.streamId()));
        return CloudViews.UnitThemeView.of(Unit.ofCode(unit).orElseThrow(), theme);
    }

    private CalendarView calendar(int year) {
        return CalendarView.of(clock.calendar(year), clock.phase(year));
    }
}
