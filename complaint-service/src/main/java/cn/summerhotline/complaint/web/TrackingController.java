package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.RateAnswer;
import cn.summerhotline.complaint.application.TrackComplaint;
import cn.summerhotline.complaint.web.ComplaintViews.TrackView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's side, without an account: follow the case by its tracking number and rate the answer. */
@RestController
@RequestMapping("/api/v1/complaints/track/{trackingNumber}")
@Tag(
        name = "tracking",
        description = "市民凭受理编号查询进度并评价答复,无需登录,不含任何个人信息。"
                + " Citizens follow their case by its tracking number and rate the answer, without an account;"
                + " no personal data.")
class TrackingController {

    private final TrackComplaint track;
    private final RateAnswer rate;

    TrackingController(TrackComplaint track, RateAnswer rate) {
        this.track = track;
        this.rate = rate;
    }

    @Operation(
            operationId = "trackComplaint",
            summary = "查询进度 Track a complaint",
            description = "状态和处置步骤,不含姓名、电话、描述和地址。Status and steps, without names, phone"
                    + " numbers, descriptions or addresses.")
    @GetMapping
    TrackView track(
            @Parameter(
                            description = "受理编号,可不带短横线。The tracking number; dashes may be left out.",
                            example = "5ZC1-TK9B-8RN")
                    @PathVariable
                    String trackingNumber) {
        return ComplaintViews.track(track.track(trackingNumber));
    }

    @Operation(
            operationId = "rateAnswer",
            summary = "评价答复 Rate the answer",
            description = "每次答复可评价一次;2 分及以下重启投诉。One rating per answer; a score of 2 or less" + " reopens the case.",
            responses = {
                @ApiResponse(responseCode = "200", description = "评价后的进度。The case after the rating."),
                @ApiResponse(
                        responseCode = "409",
                        description = "此次答复已评价,或尚无可评价的答复(`already-rated`、`invalid-transition`)。"
                                + " The answer was already rated, or there is none to rate yet.")
            })
    @PostMapping("/rating")
    TrackView rate(
            @Parameter(description = "受理编号。The tracking number.", example = "5ZC1-TK9B-8RN") @PathVariable
                    String trackingNumber,
            @Valid @RequestBody ComplaintRequests.RatingBody body) {
        return ComplaintViews.track(rate.rate(trackingNumber, body.ratingCode(), body.score(), body.comment()));
    }
}
