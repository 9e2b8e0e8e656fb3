package cn.summerhotline.openday.stream.web;

import cn.summerhotline.openday.stream.application.WatchStreams;
import cn.summerhotline.openday.stream.application.WatchStreams.Watched;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The live streams: scheduled by admins, watched by everyone, viewers counted by heartbeats. */
@RestController
@Tag(name = "live-streams")
class StreamController {

    static final String ID = "[A-Za-z0-9_-]{1,100}";

    @Schema(
            description = "一场直播:单位、标题、链接和起止时间。A stream: unit, title, link, start and end.",
            example = "{\"unit\": \"songjiang\", \"title\": \"主会场直播\", \"link\": \"https://live.example.cn/715\","
                    + " \"startsAt\": \"2021-07-15T01:00:00Z\", \"endsAt\": \"2021-07-15T09:00:00Z\"}")
    record StreamBody(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
            String unit,

            @NotBlank @Size(max = 200) String title,

            @NotBlank @Pattern(regexp = "https?://\\S{1,1990}")
            String link,

            @NotNull Instant startsAt,
            @NotNull Instant endsAt) {}

    @Schema(
            description = "观看心跳:访客自己生成的随机编号(只保存其加密散列),约每 30 秒一次。A heartbeat with the viewer's"
                    + " own random id (only a keyed hash is kept), about every 30 seconds.",
            example = "{\"viewer\": \"3f1c2b9e-8d7a-4c55-9e21-0b6f4a7d8c90\"}")
    record HeartbeatBody(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{16,64}")
            String viewer) {}

    record StreamView(
            String id,
            int year,
            String unit,
            String title,
            String link,
            Instant startsAt,
            Instant endsAt,
            String status,
            long viewersNow,
            long viewersTotal) {

        static StreamView of(Watched w) {
            var s = w.stream();
            return new StreamView(
                    s.id(),
                    s.year(),
                    s.unit(),
                    s.title(),
                    s.link(),
                    s.startsAt(),
                    s.endsAt(),
                    w.status().name(),
                    w.viewersNow(),
                    w.viewersTotal());
        }
    }

    private final WatchStreams streams;

    StreamController(WatchStreams streams) {
        this.streams = streams;
    }

    @Operation(
            operationId = "scheduleStream",
            summary = "安排直播 Schedule a live stream",
            description = "市局管理员(任何单位)或区局管理员(本单位)。City admins for any unit, district admins for their own.",
            responses = {@ApiResponse(responseCode = "201", description = "已安排。Scheduled.")})
    @PostMapping("/api/v1/openday/{year}/streams")
    ResponseEntity<StreamView> schedule(
            Caller caller, @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody StreamBody body) {
        var stream =
                streams.schedule(caller, year, body.unit(), body.title(), body.link(), body.startsAt(), body.endsAt());
        return ResponseEntity.status(HttpStatus.CREATED).body(StreamView.of(streams.one(stream.id())));
    }

    @Operation(
            operationId = "listPublicStreams",
            summary = "直播安排 The year's live streams",
            description =
                    "无需登录:日程、状态(即将开始、直播中、已结束)、链接、当前观看人数(一分钟内有心跳)和累计人数。Without an"
                            + " account: schedule, status, link, viewers now (a heartbeat within the last minute) and in total.")
    @GetMapping("/api/v1/openday/public/{year}/streams")
    List<StreamView> streams(@PathVariable @Min(2000) @Max(2100) int year) {
        return streams.ofYear(year).stream().map(StreamView::of).toList();
    }

    @Operation(
            operationId = "sendStreamHeartbeat",
            summary = "观看心跳 A viewer's heartbeat",
            description = "无需登录;直播中才计入。Without an account; counted only while the stream is live.",
            responses = {
                @ApiResponse(responseCode = "202", description = "已记录。Recorded."),
                @ApiResponse(responseCode = "404", description = "没有该直播。No such stream.")
            })
    @PostMapping("/api/v1/openday/public/streams/{id}/heartbeats")
    ResponseEntity<StreamView> heartbeat(
            @PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody HeartbeatBody body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(StreamView.of(streams.heartbeat(id, body.viewer())));
    }
}
