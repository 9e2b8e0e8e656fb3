package cn.summerhotline.publicity.content.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.publicity.access.Allowed;
import cn.summerhotline.publicity.content.application.FindContents;
import cn.summerhotline.publicity.content.application.SubmitContent;
import cn.summerhotline.publicity.content.model.Content;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity")
@Tag(
        name = "content",
        description = "项目的宣传内容(图文、视频、海报、直播预告、典型案例)及其三级审核状态。"
                + " A project's content (articles, videos, posters, live-stream notices, case studies) and where it"
                + " stands in the three-level review.")
class ContentController {

    private static final String PROJECT = "项目编号。The project's id.";
    private static final String CONTENT = "内容编号。The content's id.";
    private static final String KEY =
            "幂等键:同一键和内容的重复请求返回首次结果。Repeating the request with the key answers the first result.";

    private final SubmitContent submit;
    private final FindContents find;

    ContentController(SubmitContent submit, FindContents find) {
        this.submit = submit;
        this.find = find;
    }

    @Operation(
            operationId = "createContent",
            summary = "添加项目内容并送审 Attach content to a project",
            description = "项目落实单位的区局管理员、中队民警或市局管理员添加内容,默认立即送审"
                    + "(事件 publicity.content.submitted.<单位>):中队的内容从中队审核开始,区局的从区局审核开始,市局的从市局审核开始。"
                    + " The implementing unit's admins and squad officers, or the city admin, attach content; by default"
                    + " it is handed in for review at once (publicity.content.submitted.<unit>), starting at the squad,"
                    + " district or city level as its unit and squad say.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "新的内容。The new content.",
                        headers =
                                @Header(
                                        name = "Idempotent-Replayed",
                                        description = "是否为重放。Whether replayed.",
                                        schema = @Schema(type = "boolean"))),
                @ApiResponse(responseCode = "403", description = "不是项目的落实单位。Not the project's implementing unit."),
                @ApiResponse(responseCode = "422", description = "幂等键已用于其他请求。The key was used for another request.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER})
    @PostMapping("/projects/{id}/contents")
    ResponseEntity<ContentViews.ContentView> create(
            Caller caller,
            @Parameter(description = PROJECT, example = "p2021-04") @PathVariable String id,
            @Parameter(description = KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody ContentRequests.ContentBody body) {
        SubmitContent.Created created = submit.create(caller, id, body.draft(), body.submitNow(), key);
        return ResponseEntity.created(URI.create(
                        "/api/v1/publicity/contents/" + created.content().id()))
                .header("Idempotent-Replayed", String.valueOf(created.replayed()))
                .body(ContentViews.ContentView.of(created.content()));
    }

    @Operation(
            operationId = "listProjectContents",
            summary = "项目的内容 List a project's content",
            description = "可见该项目的工作人员可读,含各内容的审核状态。Staff who may see the project; with each item's status.")
    @GetMapping("/projects/{id}/contents")
    List<ContentViews.ContentView> ofProject(
            Caller caller, @Parameter(description = PROJECT, example = "p2021-04") @PathVariable String id) {
        return find.ofProject(caller, id).stream()
                .map(ContentViews.ContentView::of)
                .toList();
    }

    @Operation(
            operationId = "getContent",
            summary = "内容详情 Get content",
            description = "状态:审核中(含层级)、未通过(含理由)、已发布、已下架;其他单位的内容返回 404。"
                    + " IN_REVIEW with its level, REJECTED with the reason, PUBLISHED, TAKEN_DOWN; another unit's content"
                    + " answers 404.")
    @GetMapping("/contents/{id}")
    ContentViews.ContentView get(
            Caller caller,
            @Parameter(description = CONTENT, example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b") @PathVariable
                    String id) {
        return ContentViews.ContentView.of(find.get(caller, id));
    }

    @Operation(
            operationId = "reviseContent",
            summary = "修改内容 Revise content",
            description = "草稿、未通过和已下架的内容可修改,改后为草稿,需再次送审。"
                    + " Drafts, rejected and taken-down content may be revised; it becomes a draft to hand in again.",
            responses = {
                @ApiResponse(responseCode = "200", description = "修改后的内容(草稿)。The revised content, a draft."),
                @ApiResponse(responseCode = "403", description = "不是项目的落实单位。Not the project's implementing unit."),
                @ApiResponse(responseCode = "409", description = "审核中或已发布的内容不能修改。Not while in review or published.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER})
    @PutMapping("/contents/{id}")
    ContentViews.ContentView revise(
            Caller caller,
            @Parameter(description = CONTENT, example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b") @PathVariable
                    String id,
            @Valid @RequestBody ContentRequests.DraftBody body) {
        return ContentViews.ContentView.of(submit.revise(caller, id, body.draft()));
    }

    @Operation(
            operationId = "submitContent",
            summary = "送审 Hand content in for review",
            description = "草稿、未通过或已下架的内容作为新版本送审。A draft, rejected or taken-down item goes in as a new version.",
            responses = {
                @ApiResponse(responseCode = "200", description = "送审的内容。The content handed in."),
                @ApiResponse(responseCode = "403", description = "不是项目的落实单位。Not the project's implementing unit."),
                @ApiResponse(responseCode = "409", description = "已在审核中或已发布。Already in review or published.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER})
    @PostMapping("/contents/{id}/submit")
    ContentViews.ContentView submit(
            Caller caller,
            @Parameter(description = CONTENT, example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b") @PathVariable
                    String id) {
        Content content = submit.submit(caller, id);
        return ContentViews.ContentView.of(content);
    }
}
