package cn.summerhotline.review.workflow.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.review.workflow.application.FindReviews;
import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.application.ReviewFilter;
import cn.summerhotline.review.workflow.application.SubmitForReview;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(
        name = "reviews",
        description = "送审、审核队列和审核事项:中队、区局、市局逐级审核,市局通过即发布。"
                + " Submission, the reviewers' queues and the review items: squad, district bureau and city bureau in"
                + " turn; the city bureau's approval publishes.")
class ReviewController {

    private static final Pattern UNIT = Pattern.compile(ReviewRequests.UNIT);

    private final SubmitForReview submit;
    private final FindReviews find;
    private final ReviewDeadlines deadlines;

    ReviewController(SubmitForReview submit, FindReviews find, ReviewDeadlines deadlines) {
        this.submit = submit;
        this.find = find;
        this.deadlines = deadlines;
    }

    @Operation(
            operationId = "submitForReview",
            summary = "送审 Submit content for review",
            description = "中队民警(SQUAD_OFFICER)、区局和市局管理员、区系统(INTEGRATION)送审本单位的内容。先经自动预审:命中拦截词即不通过"
                    + "(系统记录理由),命中提示词的位置提供给审核员。同一 source 和 contentId 再次送审为新版本:待审核的事项原地修改并回到起始层级,"
                    + "已不通过、已下架或已发布的事项重新提交,从起始层级重新审核;内容与当前版本相同则不变。"
                    + " Squad officers, district and city admins and district systems hand in their own unit's content."
                    + " The pre-screen comes first: a BLOCK match rejects it at once (by the system, with the reason),"
                    + " FLAG matches are shown to the reviewer where they stand. The same source and contentId again is"
                    + " a new version: a pending item is revised in place and goes back to its starting level; a"
                    + " rejected, taken-down or published one is resubmitted at its starting level; content equal to"
                    + " the latest version changes nothing.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "新的审核事项。A new review item.",
                        headers = {
                            @Header(
                                    name = "Location",
                                    description = "事项的地址。The item's address.",
                                    schema = @Schema(type = "string", format = "uri-reference")),
                            @Header(
                                    name = "Idempotent-Replayed",
                                    description = ReviewApiDocs.REPLAYED_DESCRIPTION,
                                    schema = @Schema(type = "boolean"))
                        },
                        content =
                                @Content(
                                        mediaType = ReviewApiDocs.JSON,
                                        schema = @Schema(implementation = ReviewView.class))),
                @ApiResponse(
                        responseCode = "200",
                        description = "已有事项的新版本,或内容未变,或同一幂等键的重放。A new version of a known item, content"
                                + " unchanged, or a replay of the same Idempotency-Key.",
                        headers =
                                @Header(
                                        name = "Idempotent-Replayed",
                                        description = ReviewApiDocs.REPLAYED_DESCRIPTION,
                                        schema = @Schema(type = "boolean")),
                        content =
                                @Content(
                                        mediaType = ReviewApiDocs.JSON,
                                        schema = @Schema(implementation = ReviewView.class))),
                @ApiResponse(
                        responseCode = "403",
                        description = "角色不能送审,或送审的是其他单位、其他班组的内容。The role does not submit, or the content"
                                + " is another unit's or another squad's."),
                @ApiResponse(
                        responseCode = "409",
                        description = "该内容已作为其他单位或班组的事项在审核(`content-of-another-unit`)。The content is under review"
                                + " for another unit or squad."),
                @ApiResponse(responseCode = "422", description = ReviewApiDocs.KEY_REUSED)
            })
    @PostMapping
    ResponseEntity<ReviewView> submit(
            Caller caller,
            @Parameter(description = ReviewApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = ReviewApiDocs.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody ReviewRequests.SubmitBody body) {
        SubmitForReview.Submitted submitted = submit.submit(caller, body.handed(), idempotencyKey);
        ReviewView view = ReviewView.of(submitted.item(), deadlines, find.now());
        ResponseEntity.BodyBuilder answer = submitted.created()
                ? ResponseEntity.created(
                        URI.create("/api/v1/reviews/" + submitted.item().id()))
                : ResponseEntity.ok();
        return answer.header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(view);
    }

    @Operation(
            operationId = "listReviews",
            summary = "审核队列和查询 The caller's queue and search",
            description = "审核员不带 status 时得到自己的队列:本层级、本单位(中队审核员为本班组)的待审核事项;市局审核员看各单位的市局层级事项。"
                    + "审核员也可按 status 查看本单位其他状态的事项(如可下架的已发布事项)。管理员在本单位范围内查询(市局管理员为全部)。"
                    + "等待最久的在前,附已等待时长、本层级时限和是否超时,overdueCount 为超时件数。"
                    + " A reviewer asking for no status gets their queue: the pending items of their level and unit (a"
                    + " squad reviewer's squad; the city reviewer's level for every unit). With a status, reviewers also"
                    + " find their unit's items in other states (the published ones they may take down). Admins search"
                    + " their own unit (the city bureau's, every unit). Those waiting longest first, with their age,"
                    + " the level's deadline and whether it has passed; overdueCount counts the overdue ones.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "一页事项,等待最久的在前。One page, those waiting longest first.",
                        content =
                                @Content(
                                        mediaType = ReviewApiDocs.JSON,
                                        schema = @Schema(implementation = ReviewViews.ReviewQueue.class))),
                @ApiResponse(
                        responseCode = "403",
                        description = "角色无权查看审核事项,或查询其他单位、其他层级的队列。The role sees no review items, or"
                                + " asks for another unit or another level's queue.")
            })
    @GetMapping
    ReviewViews.ReviewQueue list(
            Caller caller,
            @Parameter(description = "状态;审核员省略时为待审核。The status; a reviewer's queue is PENDING.")
                    @RequestParam(required = false)
                    ReviewStatus status,
            @Parameter(description = "层级。The level.") @RequestParam(required = false) ReviewLevel level,
            @Parameter(description = "单位(区代码或 city)。The unit.", example = "xuhui") @RequestParam(required = false)
                    String unit,
            @Parameter(description = "只看超时(true)或未超时(false)的。Only overdue (true) or not overdue (false) items.")
                    @RequestParam(required = false)
                    Boolean overdue,
            @Parameter(description = "页码,从 0 开始。The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数(1-100)。Items per page (1-100).") @RequestParam(defaultValue = "20")
                    int size) {
        if (page < 0 || size < 1 || size > FindReviews.MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("review.invalid.page", FindReviews.MAX_PAGE_SIZE);
        }
        if (unit != null && !UNIT.matcher(unit).matches()) {
            throw ApiProblem.badRequest("review.invalid.unit");
        }
        ReviewFilter filter = ReviewFilter.of(status, level, unit, overdue);
        return ReviewViews.ReviewQueue.of(find.list(caller, filter, page, size), deadlines, find.now());
    }

    @Operation(
            operationId = "getReview",
            summary = "审核事项详情 Get a review item",
            description = "含预审发现(screening,带位置)、全部版本和审计记录(history)。其他单位的事项返回 404,与不存在一样。"
                    + " With the pre-screen's matches where they stand (screening), every version and the history."
                    + " Another unit's item answers 404, as if it did not exist.")
    @GetMapping("/{id}")
    ReviewView get(Caller caller, @PathVariable String id) {
        return ReviewView.of(find.get(caller, id), deadlines, find.now());
    }
}
