package cn.summerhotline.review.screening.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.screening.application.PreScreen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "screening")
class ScreenController {

    private final PreScreen preScreen;

    ScreenController(PreScreen preScreen) {
        this.preScreen = preScreen;
    }

    @Operation(
            operationId = "tryScreening",
            summary = "试筛文本 Try a text against the pre-screen",
            description = "审核员和市局管理员:返回每个命中(词表词条或内部信息)及其在原文中的位置(start 含、end 不含,按 UTF-16"
                    + " 计)。 Reviewers and city bureau administrators: every match (a listed word or internal"
                    + " information) with its place in the text sent (start inclusive, end exclusive, in UTF-16 code"
                    + " units).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ScreeningRequests.ScreenText.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "internal",
                                                            summary = "含内部信息 With internal information",
                                                            value = """
                                                            {"text": "联系人电话 139 1234 5678,文件沪城管执〔2021〕64号。"}"""))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "预审结果。The verdict.",
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = ScreeningViews.ScreenedView.class),
                                            examples = @ExampleObject(name = "internal", value = """
                                                            {"blocked": true, "flagged": true, "listVersion": 3,
                                                             "matches": [
                                                               {"kind": "MOBILE_NUMBER", "found": "139 1234 5678",
                                                                "word": null, "tag": "MOBILE_NUMBER", "action": "FLAG",
                                                                "start": 6, "end": 19},
                                                               {"kind": "DOCUMENT_NUMBER", "found": "沪城管执〔2021〕64号",
                                                                "word": null, "tag": "DOCUMENT_NUMBER",
                                                                "action": "BLOCK", "start": 22, "end": 35}]}"""))))
    @PostMapping("/api/v1/reviews/screening/screen")
    ScreeningViews.ScreenedView screen(Caller caller, @Valid @RequestBody ScreeningRequests.ScreenText body) {
        return ScreeningViews.ScreenedView.of(preScreen.tryText(caller, body.text()));
    }
}
