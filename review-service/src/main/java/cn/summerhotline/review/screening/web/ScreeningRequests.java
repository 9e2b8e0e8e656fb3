package cn.summerhotline.review.screening.web;

import cn.summerhotline.review.screening.application.ScreeningLimits;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request bodies of the pre-screen's API. */
final class ScreeningRequests {

    private ScreeningRequests() {}

    /** One entry ({@code word}, {@code tag}, {@code action}) or a batch ({@code entries}), not both. */
    @Schema(
            description = "单个词条(word、tag、action)或一批词条(entries),二者选一。One entry (word, tag, action) or a"
                    + " batch (entries), not both.",
            example = "{\"word\": \"示例敏感词\", \"tag\": \"示例\", \"action\": \"FLAG\"}")
    record AddWords(
            @Schema(
                    types = {"string", "null"},
                    description = "词条,比较时忽略全半角、大小写、繁简和夹杂的空格符号。The word; compared ignoring width,"
                            + " case, traditional or simplified forms and spaces or symbols inside it.")
            @Size(max = ScreeningWord.MAX_WORD_LENGTH)
            String word,

            @Schema(
                    types = {"string", "null"},
                    description = "标签,如 政治、内部信息。The tag, e.g. 政治, 内部信息.")
            @Size(max = ScreeningWord.MAX_TAG_LENGTH)
            String tag,

            @Schema(
                    description =
                            "BLOCK 直接退回;FLAG 提示审核员。BLOCK rejects the item; FLAG shows the match to the" + " reviewer.")
            ScreeningAction action,

            @Schema(
                    types = {"array", "null"},
                    description = "一批词条(1-500 个),全部通过才写入。A batch of 1-500 entries, stored all or none.")
            @Size(min = 1, max = ScreeningLimits.MAX_BATCH)
            @Valid
            List<Entry> entries) {}

    @Schema(description = "一个词条。One entry.", example = "{\"word\": \"示例敏感词\", \"tag\": \"示例\", \"action\": \"BLOCK\"}")
    record Entry(
            @NotBlank @Size(max = ScreeningWord.MAX_WORD_LENGTH)
            String word,

            @NotBlank @Size(max = ScreeningWord.MAX_TAG_LENGTH)
            String tag,

            @NotNull ScreeningAction action) {}

    @Schema(
            description = "要试筛的文本(最多 20,000 字)。The text to try, at most 20,000 characters.",
            example = "{\"text\": \"联系人电话 139 1234 5678,文件沪城管执〔2021〕64号。\"}")
    record ScreenText(
            @NotNull @Size(max = ScreeningLimits.MAX_TEXT_LENGTH)
            String text) {}
}
