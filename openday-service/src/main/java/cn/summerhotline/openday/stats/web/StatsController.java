package cn.summerhotline.openday.stats.web;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.stats.application.ReadStats;
import cn.summerhotline.openday.stats.application.RecordVisit;
import cn.summerhotline.platform.organisation.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open day's counts, online and on site, for everyone: the portal reports views, dashboards read or stream. */
@RestController
@Tag(name = "public-statistics")
class StatsController {

    @Schema(
            description = "一次浏览或播放:访客自己生成的随机编号(每年计一人,只保存其加密散列)、栏目、内容和所属单位。A view or"
                    + " play: the visitor's own random id (one participant a year; only a keyed hash is kept), the"
                    + " section, the item and its unit.",
            example =
                    "{\"visitor\": \"3f1c2b9e-8d7a-4c55-9e21-0b6f4a7d8c90\", \"section\": \"RED_CLASSICS\", \"itemId\":"
                            + " \"item-0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11\", \"unit\": \"xuhui\"}")
    record VisitBody(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{16,64}")
            String visitor,

            CloudSection section,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,100}") String itemId,
            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String unit) {}

    private final RecordVisit visits;
    private final ReadStats stats;
    private final StatsStreams streams;

    StatsController(RecordVisit visits, ReadStats stats, StatsStreams streams) {
        this.visits = visits;
        this.stats = stats;
        this.streams = streams;
    }

    @Operation(
            operationId = "recordVisit",
            summary = "记录浏览 Record a view or play",
            description = "无需登录。门户每次浏览或播放时报告;计数先在内存中累加,每秒以原子增量写入。Without an account. The portal"
                    + " reports each view or play; counts add up in memory and are written as atomic increments every"
                    + " second.",
            responses = {@ApiResponse(responseCode = "202", description = "已计数。Counted.")})
    @PostMapping("/api/v1/openday/public/{year}/visits")
    ResponseEntity<Void> visit(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody VisitBody body) {
        String unit = body.unit() != null && Unit.isKnown(body.unit()) ? body.unit() : Unit.CITY.code();
        visits.visit(year, body.visitor(), body.section(), body.itemId(), unit);
        return ResponseEntity.accepted().build();
    }

    @Operation(
            operationId = "getOpenDayStatistics",
            summary = "开放日统计 The open day's statistics",
            description = "无需登录。线上参与人数、浏览播放、答题、故事、媒体报道和曝光、现场报名和签到,合计及按单位,5 秒内更新。Without"
                    + " an account. Online participants, views and plays, quiz attempts, stories, media reports and"
                    + " exposure, on-site registrations and check-ins, in total and per unit, fresh within 5 seconds.")
    @GetMapping("/api/v1/openday/public/{year}/stats")
    StatsView stats(@PathVariable @Min(2000) @Max(2100) int year) {
        return StatsView.of(stats.of(year));
    }

    @Operation(
            operationId = "streamOpenDayStatistics",
            summary = "统计实时推送 The statistics as Server-Sent Events",
            description = "无需登录。每 2 秒推送一次 `stats` 事件(与 GET .../stats 相同的内容),到 seconds 秒后结束,浏览器的"
                    + " EventSource 自动重连。Without an account. A `stats` event every 2 seconds (what GET .../stats"
                    + " answers) until `seconds` have passed; the browser's EventSource reconnects by itself.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "事件流。The event stream.",
                        content =
                                @Content(
                                        mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                                        schema = @Schema(implementation = StatsView.class)))
            })
    @GetMapping(value = "/api/v1/openday/public/{year}/stats/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @PathVariable @Min(2000) @Max(2100) int year,
            @RequestParam(defaultValue = "3") @Min(1) @Max(600) int seconds) {
        return streams.open(year, seconds);
    }
}
