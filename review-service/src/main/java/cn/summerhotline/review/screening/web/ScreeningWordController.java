package cn.summerhotline.review.screening.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.screening.application.InvalidScreeningWords;
import cn.summerhotline.review.screening.application.ManageScreeningWords;
import cn.summerhotline.review.screening.application.NewWord;
import cn.summerhotline.review.screening.application.PreScreen;
import cn.summerhotline.review.screening.application.ScreeningLimits;
import cn.summerhotline.review.screening.application.WordFilter;
import cn.summerhotline.review.screening.application.WordsAdded;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews/screening/words")
@Tag(
        name = "screening",
        description = "预审:市局维护的敏感词表和内部信息检测;每件内容在第一位审核员之前先经预审。 The pre-screen every item"
                + " passes before its first reviewer: the city bureau's word lists and the detectors of internal"
                + " information.")
class ScreeningWordController {

    private final ManageScreeningWords manage;
    private final PreScreen preScreen;

    ScreeningWordController(ManageScreeningWords manage, PreScreen preScreen) {
        this.manage = manage;
        this.preScreen = preScreen;
    }

    @Operation(
            operationId = "listScreeningWords",
            summary = "敏感词表 List the word lists",
            description = "市局管理员和各级审核员可查看;可按标签和处理方式筛选,按加入时间倒序。City bureau administrators"
                    + " and reviewers of every level; filtered by tag and action, newest first.")
    @GetMapping
    ScreeningViews.WordPage list(
            Caller caller,
            @Parameter(description = "标签。Only entries of this tag.")
                    @RequestParam(required = false)
                    @Size(max = ScreeningWord.MAX_TAG_LENGTH)
                    String tag,
            @Parameter(description = "处理方式。Only entries of this action.") @RequestParam(required = false)
                    ScreeningAction action,
            @Parameter(description = "页码,从 0 开始。The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "每页条数(1-100)。Items per page (1-100).")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(ScreeningLimits.MAX_PAGE_SIZE)
                    int size) {
        String wanted = tag == null || tag.isBlank() ? null : tag.strip();
        return ScreeningViews.WordPage.of(
                manage.list(caller, new WordFilter(wanted, action), page, size), preScreen.listVersion());
    }

    @Operation(
            operationId = "addScreeningWords",
            summary = "加入敏感词 Add entries to the word lists",
            description = "市局管理员和市局审核员。单个或一批(最多 500 个),全部通过才写入。同一词条(忽略全半角、大小写、繁简和"
                    + "夹杂的空格符号)标签和处理方式相同时不重复加入;不同时整批拒绝(409)。加入 BLOCK 词条后,已发布内容会按新词表"
                    + "复查。各副本在约一秒内生效。 City bureau administrators and city-level reviewers. One entry or a"
                    + " batch of up to 500, stored all or none. An entry already listed (ignoring width, case,"
                    + " traditional or simplified forms, and spaces or symbols inside it) with the same tag and action"
                    + " is left as it is; with another tag or action the whole request is refused (409). Added BLOCK"
                    + " words send published items back for a check. In force on every replica within about a second.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ScreeningRequests.AddWords.class),
                                            examples = {
                                                @ExampleObject(name = "one", summary = "单个词条 One entry", value = """
                                                        {"word": "示例敏感词", "tag": "示例", "action": "FLAG"}"""),
                                                @ExampleObject(name = "batch", summary = "一批词条 A batch", value = """
                                                        {"entries": [
                                                          {"word": "示例敏感词", "tag": "示例", "action": "BLOCK"},
                                                          {"word": "另一示例", "tag": "示例", "action": "FLAG"}]}""")
                                            })),
            responses = {
                @ApiResponse(responseCode = "201", description = "有词条新加入。Some entries were stored."),
                @ApiResponse(
                        responseCode = "200",
                        description = "所有词条都已在词表中,未改动。Every entry was listed already; nothing changed."),
                @ApiResponse(
                        responseCode = "409",
                        description = "词条已在词表中,但标签或处理方式不同(`screening-word-conflict`,`existing` 为原词条)。"
                                + " A word is listed already with another tag or action; `existing` is that entry.")
            })
    @PostMapping
    ResponseEntity<ScreeningViews.AddedWords> add(Caller caller, @Valid @RequestBody ScreeningRequests.AddWords body) {
        WordsAdded result;
        if (body.entries() != null) {
            if (body.word() != null || body.tag() != null || body.action() != null) {
                throw InvalidScreeningWords.of("entries", "EITHER");
            }
            List<NewWord> entries = body.entries().stream()
                    .map(entry -> new NewWord(entry.word(), entry.tag(), entry.action()))
                    .toList();
            result = manage.add(caller, entries, "entries");
        } else {
            result = manage.add(caller, List.of(new NewWord(body.word(), body.tag(), body.action())), null);
        }
        return ResponseEntity.status(result.added().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ScreeningViews.AddedWords.of(result));
    }

    @Operation(
            operationId = "deleteScreeningWord",
            summary = "删除敏感词 Remove an entry from the word lists",
            description = "市局管理员和市局审核员。各副本在约一秒内生效。 City bureau administrators and city-level reviewers."
                    + " In force on every replica within about a second.",
            responses = {@ApiResponse(responseCode = "204", description = "已删除。Removed.")})
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            Caller caller, @Parameter(description = "词条的 id。The entry's id.") @PathVariable String id) {
        manage.remove(caller, id);
        return ResponseEntity.noContent().build();
    }
}
