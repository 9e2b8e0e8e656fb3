package cn.summerhotline.openday.cloud.web;

import cn.summerhotline.openday.cloud.application.CloudClock;
import cn.summerhotline.openday.cloud.application.ReadCloud;
import cn.summerhotline.openday.cloud.application.UnitThemes;
import cn.summerhotline.openday.cloud.web.CloudViews.CalendarView;
import cn.summerhotline.openday.cloud.web.CloudViews.CloudView;
import cn.summerhotline.openday.cloud.web.CloudViews.PublicItemView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What citizens read without an account: published items only, and only while the open day is online. */
@RestController
@Tag(name = "public-cloud-open-day")
class PublicCloudController {

    private final ReadCloud read;
    private final CloudClock clock;
    private final UnitThemes themes;

    PublicCloudController(ReadCloud read, CloudClock clock, UnitThemes themes) {
        this.themes = themes;
        this.read = read;
        this.clock = clock;
    }

    @Operation(
            operationId = "getPublicCloudOpenDay",
            summary = "云上开放日(公开) The cloud open day, public",
            description = "无需登录。正式上线期间(附件2:7月12日至16日)显示已发布的内容,其他时间各栏目为空。Without an account."
                    + " While online (12-16 July in 2021) the published items; at other times the sections are"
                    + " empty.")
    @GetMapping("/api/v1/openday/public/{year}/cloud")
    CloudView<PublicItemView> cloud(@PathVariable @Min(2000) @Max(2100) int year) {
        CalendarView calendar = CalendarView.of(clock.calendar(year), clock.phase(year));
        return CloudViews.cloud(calendar, read.published(year), themes.ofYear(year), PublicItemView::of);
    }

    @Operation(
            operationId = "getPublicCloudItem",
            summary = "已发布的栏目内容 A published item",
            description = "无需登录;仅正式上线期间的已发布内容,下架或隐藏后即不可见。Without an account; only a published item"
                    + " while online; gone as soon as it is taken down or hidden.",
            responses = {
                @ApiResponse(responseCode = "200", description = "成功。OK.", useReturnTypeSchema = true),
                @ApiResponse(responseCode = "404", description = "没有该已发布内容。No such published item.")
            })
    @GetMapping("/api/v1/openday/public/cloud/items/{id}")
    PublicItemView item(@PathVariable @Pattern(regexp = CloudController.ITEM_ID) String id) {
        return PublicItemView.of(read.publishedItem(id));
    }
}
