package cn.summerhotline.review.workflow.web;

import cn.summerhotline.review.workflow.application.SubmitForReview;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.TakedownKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request bodies of the review API, validated before anything is read or changed. */
final class ReviewRequests {

    static final String UNIT = "[a-z][a-z0-9-]{1,39}";
    static final String SQUAD = "[a-z0-9][a-z0-9-]{0,99}";

    private ReviewRequests() {}

    @Schema(
            description = "送审内容。单位和班组省略时为调用方自己的;班组的内容从中队审核开始,区局的从区局审核开始,市局的从市局审核开始。"
                    + " Content handed in for review; unit and squad default to the caller's own. A squad's content"
                    + " starts at squad level, a district bureau's at district level, the city bureau's at city level.",
            example = """
                    {"source": "publicity-service", "contentId": "project-4-article-12", "kind": "ARTICLE",
                     "title": "徐汇区开展预防群租安全隐患普法宣传",
                     "body": "7月15日,天平街道中队走进社区,向居民讲解群租的安全隐患。",
                     "mediaLinks": ["https://media.summerhotline.cn/xuhui/qunzu-1.jpg"],
                     "unit": "xuhui", "squad": "xuhui-tianping"}""")
    record SubmitBody(
            @Schema(description = "内容所属的服务或系统。The owning service or system.", example = "publicity-service")
            @NotBlank
            @Pattern(regexp = "[a-z][a-z0-9-]{1,59}")
            String source,

            @Schema(description = "内容在其所属系统中的编号。The content's id at its owner.", example = "project-4-article-12")
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
            String contentId,

            @NotNull ContentKind kind,
            @NotBlank @Size(max = Content.MAX_TITLE) String title,
            @NotBlank @Size(max = Content.MAX_BODY) String body,

            @Schema(description = "图片、视频等的地址(http/https)。Links to images and videos.") @Size(max = Content.MAX_LINKS)
            List<@NotBlank @Size(max = Content.MAX_LINK) @Pattern(regexp = "https?://\\S+") String> mediaLinks,

            @Schema(
                    types = {"string", "null"},
                    description = "单位:区代码或 city;省略时为调用方的单位。The unit; the caller's by default.",
                    example = "xuhui")
            @Pattern(regexp = UNIT)
            String unit,

            @Schema(
                    types = {"string", "null"},
                    description = "班组;中队民警省略时为自己的班组。The squad; a squad officer's own by default.",
                    example = "xuhui-tianping")
            @Pattern(regexp = SQUAD)
            String squad) {

        SubmitForReview.Handed handed() {
            return new SubmitForReview.Handed(
                    source,
                    contentId,
                    new Content(kind, title, body, mediaLinks),
                    blankToNull(unit),
                    blankToNull(squad));
        }
    }

    @Schema(
            description = "审核决定:通过(进入下一级,市局通过即发布)或不通过(须写明理由);version 为审核所看的内容版本。"
                    + " Approve (on to the next level; the city's approval publishes) or reject (a reason is"
                    + " required); version is the content version the reviewer read.",
            example = "{\"decision\": \"APPROVE\", \"reason\": \"内容属实,同意发布\", \"version\": 1}")
    record DecisionBody(
            @NotNull Decision decision,

            @Schema(
                    types = {"string", "null"},
                    description = "理由,不通过时必填。Required to reject.")
            @Size(max = ReviewItem.MAX_REASON)
            String reason,

            @Schema(description = "所审核的内容版本。The content version decided on.", example = "1")
            @NotNull
            @Min(1)
            @Max(1_000_000)
            Integer version) {}

    @Schema(
            description = "下架的类别和理由。The takedown's kind and reason.",
            example = "{\"kind\": \"PUBLIC_OPINION\", \"reason\": \"内容引发舆情,立即下架\"}")
    record TakedownBody(
            @NotNull TakedownKind kind,
            @NotBlank @Size(max = ReviewItem.MAX_REASON) String reason) {}

    @Schema(description = "复核后恢复发布的理由。Why the re-review restores it.", example = "{\"reason\": \"复核后内容无问题,恢复发布\"}")
    record RestoreBody(
            @NotBlank @Size(max = ReviewItem.MAX_REASON) String reason) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
