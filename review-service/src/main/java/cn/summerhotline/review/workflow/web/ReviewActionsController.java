package cn.summerhotline.review.workflow.web;

import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.workflow.application.FindReviews;
import cn.summerhotline.review.workflow.application.ReviewActions;
import cn.summerhotline.review.workflow.application.ReviewCommand;
import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.model.ReviewItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What reviewers do to an item: decide at their level, take published content down, restore a hidden item. Each
 * answers the item as it now stands; with an {@code Idempotency-Key}, the same request again answers the first
 * result with {@code Idempotent-Replayed: true} instead of a 409 for a decision already taken.
 */
@RestController
@RequestMapping("/api/v1/reviews/{id}")
@Tag(
        name = "review-decisions",
        description = "审核员的操作:本层级的审核决定、下架、复核后恢复;每次操作写入审计记录。"
                + " Reviewers' actions: the decision at their level, takedown, restore after a re-review; each is"
                + " written into the history.")
@ApiResponse(
        responseCode = "200",
        description = "事项的当前状态。The item as it now stands.",
        headers =
                @Header(
                        name = "Idempotent-Replayed",
                        description = ReviewApiDocs.REPLAYED_DESCRIPTION,
                        schema = @Schema(type = "boolean")))
@ApiResponse(responseCode = "422", description = ReviewApiDocs.KEY_REUSED)
class ReviewActionsController {

    private final ReviewActions actions;
    private final FindReviews find;
    private final ReviewDeadlines deadlines;

    ReviewActionsController(ReviewActions actions, FindReviews find, ReviewDeadlines deadlines) {
        this.actions = actions;
        this.find = find;
        this.deadlines = deadlines;
    }

    @Operation(
            operationId = "decideOnReview",
            summary = "审核决定 Decide at the reviewer's level",
            description = "只有事项当前层级、本单位(中队层级为本班组)的审核员可以决定;通过进入下一级,市局通过即发布并发出"
                    + " review.published.<单位> 事件;不通过须写明理由,并发出 review.rejected.<单位> 事件。不能审核自己提交的内容。"
                    + "version 须为当前版本。"
                    + " Only a reviewer of the item's present level and unit (squad, at squad level) decides. Approval"
                    + " moves it to the next level; the city bureau's publishes it (event review.published.<unit>)."
                    + " Rejection needs a reason (event review.rejected.<unit>). Nobody decides on what they"
                    + " submitted. version must be the latest content version.",
            responses = {
                @ApiResponse(
                        responseCode = "403",
                        description = ReviewApiDocs.REVIEWER_ONLY
                                + " 不能审核自己提交的内容(`own-submission`)。Nobody decides on their own submission."),
                @ApiResponse(responseCode = "409", description = ReviewApiDocs.DECISION_CONFLICT)
            })
    @PostMapping("/decisions")
    ResponseEntity<ReviewView> decide(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ReviewApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = ReviewApiDocs.IDEMPOTENCY_KEY, required = false)
                    String key,
            @Valid @RequestBody ReviewRequests.DecisionBody body) {
        return act(caller, key, new ReviewCommand.Decide(id, body.decision(), body.reason(), body.version()));
    }

    @Operation(
            operationId = "takeDownReview",
            summary = "下架 Take published content down",
            description = "区局审核员下架本单位已发布的内容,市局审核员可下架任何单位的;立即发出 review.takendown.<单位> 事件"
                    + "(与下架同一次写入,写入后立即投递),各渠道据此隐藏。"
                    + " A district reviewer takes down their unit's published content, a city reviewer any unit's; the"
                    + " review.takendown.<unit> event is stored in the same write and relayed right after it, and every"
                    + " channel hides the content on it.",
            responses = {
                @ApiResponse(
                        responseCode = "403",
                        description = ReviewApiDocs.REVIEWER_ONLY
                                + " 中队审核员不能下架(`level-may-not`)。Squad reviewers do not take down."),
                @ApiResponse(responseCode = "409", description = ReviewApiDocs.STATE_CONFLICT)
            })
    @PostMapping("/takedown")
    ResponseEntity<ReviewView> takeDown(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ReviewApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = ReviewApiDocs.IDEMPOTENCY_KEY, required = false)
                    String key,
            @Valid @RequestBody ReviewRequests.TakedownBody body) {
        return act(caller, key, new ReviewCommand.TakeDown(id, body.kind(), body.reason()));
    }

    @Operation(
            operationId = "restoreReview",
            summary = "复核后恢复发布 Restore a hidden item",
            description = "因举报被隐藏的事项,经市局审核员复核无问题后恢复发布,并再次发出 review.published.<单位> 事件。"
                    + " A city reviewer's re-review of an item hidden after reports finds it sound: it is published"
                    + " again, with a review.published.<unit> event.",
            responses = {
                @ApiResponse(
                        responseCode = "403",
                        description = ReviewApiDocs.REVIEWER_ONLY + " 仅市局审核员(`level-may-not`)。City reviewers only."),
                @ApiResponse(responseCode = "409", description = ReviewApiDocs.STATE_CONFLICT)
            })
    @PostMapping("/restore")
    ResponseEntity<ReviewView> restore(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ReviewApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = ReviewApiDocs.IDEMPOTENCY_KEY, required = false)
                    String key,
            @Valid @RequestBody ReviewRequests.RestoreBody body) {
        return act(caller, key, new ReviewCommand.Restore(id, body.reason()));
    }

    private ResponseEntity<ReviewView> act(Caller caller, String key, ReviewCommand command) {
        RepeatableActions.Outcome<ReviewItem> outcome = actions.take(caller, command, key);
        return ResponseEntity.ok()
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(ReviewView.of(outcome.result(), deadlines, find.now()));
    }
}
