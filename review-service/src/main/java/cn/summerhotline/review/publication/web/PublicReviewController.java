package cn.summerhotline.review.publication.web;

import cn.summerhotline.review.publication.application.ReadPublished;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The citizens' side of the review, without an account: read what passed it. */
@RestController
@Tag(
        name = "public-reviews",
        description = "公众无需登录即可阅读已发布的内容(经中队、区局、市局三级审核)并举报;按客户端限流。"
                + " The public reads content that passed the squad, district and city review, and reports it, without"
                + " an account; rate limited per client.")
class PublicReviewController {

    private final ReadPublished read;

    PublicReviewController(ReadPublished read) {
        this.read = read;
    }

    @Operation(
            operationId = "readPublishedContent",
            summary = "阅读已发布内容 Read published content",
            description = "仅限已发布的内容:标题、正文、类别、媒体链接、来源、单位和发布时间,电话和身份证号码打码;不含审核员、预审结果和审核记录。"
                    + "待审核、未通过、因举报或新增拦截词而隐藏、已下架和不存在的事项一律返回 404。"
                    + " Published content only: title, body, kind, media links, source, unit and publication time, phone"
                    + " and ID numbers masked; no reviewers, pre-screen or history. Pending, rejected, hidden (after"
                    + " reports or a new block word), taken-down and unknown items all answer 404 alike.",
            responses = {
                @ApiResponse(responseCode = "200", description = "已发布的内容。The published content."),
                @ApiResponse(
                        responseCode = "404",
                        description = "没有该已发布内容(不存在,或未发布、已隐藏、已下架,看起来都一样)。No such published content:"
                                + " unknown, not published, hidden or taken down all look the same.")
            })
    @GetMapping("/api/v1/reviews/public/{id}")
    PublishedView get(
            @Parameter(description = "事项编号。The item's id.", example = "0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11")
                    @PathVariable
                    String id) {
        return PublishedView.of(read.get(id));
    }
}
