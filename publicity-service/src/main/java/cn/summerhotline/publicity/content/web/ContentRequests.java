package cn.summerhotline.publicity.content.web;

import cn.summerhotline.publicity.content.model.ContentKind;
import cn.summerhotline.publicity.content.model.Draft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

final class ContentRequests {

    private ContentRequests() {}

    @Schema(description = "内容及是否立即送审。The content, and whether to hand it in at once.")
    record ContentBody(
            @NotNull @Schema(example = "ARTICLE") ContentKind kind,

            @NotBlank @Size(max = Draft.MAX_TITLE) @Schema(example = "徐汇城管开展预防群租安全隐患巡回宣讲")
            String title,

            @NotBlank @Size(max = Draft.MAX_BODY) @Schema(example = "徐汇区局法治科联合专业中队在全区13个街镇开展巡回宣讲。")
            String body,

            @Size(max = 20) List<@NotBlank @Size(max = 2000) String> mediaLinks,

            @Schema(
                    types = {"boolean", "null"},
                    description = "true(默认):立即送审;false:存为草稿。true (default) submits at once.")
            Boolean submit) {

        Draft draft() {
            return new Draft(kind, title, body, mediaLinks);
        }

        boolean submitNow() {
            return submit == null || submit;
        }
    }

    @Schema(description = "修改后的内容。The revised content.")
    record DraftBody(
            @NotNull @Schema(example = "ARTICLE") ContentKind kind,

            @NotBlank @Size(max = Draft.MAX_TITLE) @Schema(example = "徐汇城管开展预防群租安全隐患巡回宣讲")
            String title,

            @NotBlank @Size(max = Draft.MAX_BODY) @Schema(example = "徐汇区局法治科联合专业中队在全区13个街镇开展巡回宣讲。")
            String body,

            @Size(max = 20) List<@NotBlank @Size(max = 2000) String> mediaLinks) {

        Draft draft() {
            return new Draft(kind, title, body, mediaLinks);
        }
    }
}
