package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.Page;
import cn.summerhotline.complaint.application.SubmitComplaint;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping("/api/v1/complaints")
@Tag(
        name = "complaints",
        description = "投诉的受理和查询:各渠道受理,按角色和区查看列表与详情。"
                + " Intake from every channel; the list and the details, as the caller's role and district allow.")
class ComplaintController {

    private final SubmitComplaint submit;
    private final FindComplaints find;

    ComplaintController(SubmitComplaint submit, FindComplaints find) {
        this.submit = submit;
        this.find = find;
    }

    /**
     * Receives a complaint. Without a token only the web form (channel WEB) is open and the answer is a receipt;
     * staff get the full complaint, with possible duplicates.
     */
    @Operation(
            operationId = "submitComplaint",
            summary = "受理投诉 Submit a complaint",
            description = "无令牌时只开放网页表单(渠道 WEB),返回回执;工作人员和区系统得到完整的投诉,含可能的重复件。"
                    + " Without a token only the web form (channel WEB) is open and the answer is a receipt;"
                    + " staff and district systems get the full complaint, with possible duplicates.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = ApiDocs.JSON,
                                            schema = @Schema(implementation = ComplaintRequests.CreateComplaint.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "hotline",
                                                        summary = "12345 热线受理 Taken by the 12345 hotline",
                                                        value = """
                                                {"category": "NIGHT_CONSTRUCTION_NOISE",
                                                 "description": "工地夜间施工噪声扰民",
                                                 "district": "xuhui", "address": "徐汇区漕溪北路1号",
                                                 "location": {"lat": 31.19, "lng": 121.43},
                                                 "reporter": {"name": "王小明", "phone": "13812345678"},
                                                 "channel": "HOTLINE_12345"}"""),
                                                @ExampleObject(
                                                        name = "webForm",
                                                        summary = "市民网页表单(无令牌)A citizen's web form, no token",
                                                        value = """
                                                {"category": "STREET_VENDING", "description": "路口流动摊贩占道经营",
                                                 "address": "嘉定区城中路100号"}""")
                                            })),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "已受理;重放时为同一投诉。Received; on a replay, the same complaint.",
                        headers = {
                            @Header(
                                    name = "Location",
                                    description = "投诉的地址。The complaint's address.",
                                    schema = @Schema(type = "string", format = "uri-reference")),
                            @Header(
                                    name = "Idempotent-Replayed",
                                    description = ApiDocs.REPLAYED_DESCRIPTION,
                                    schema = @Schema(type = "boolean"))
                        },
                        content =
                                @Content(
                                        mediaType = ApiDocs.JSON,
                                        schema = @Schema(anyOf = {ComplaintView.class, ComplaintViews.Receipt.class}))),
                @ApiResponse(responseCode = "422", description = ApiDocs.KEY_REUSED)
            })
    @PostMapping
    ResponseEntity<Object> create(
            Caller caller,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Valid @RequestBody ComplaintRequests.CreateComplaint body) {
        Intake intake = body.toIntake(body.channel() != null ? body.channel() : SubmitComplaint.defaultChannel(caller));
        SubmitComplaint.Submitted submitted = submit.submit(caller, intake, idempotencyKey);
        Object view = caller.authenticated()
                ? ComplaintView.created(
                        submitted.complaint(), caller, find.visibleDuplicates(caller, submitted.complaint()))
                : ComplaintViews.receipt(submitted.complaint());
        return ResponseEntity.created(
                        URI.create("/api/v1/complaints/" + submitted.complaint().id()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(view);
    }

    @Operation(
            operationId = "listComplaints",
            summary = "投诉列表 List complaints",
            description = "市级看全部,区局和区系统看本区,班组看本班组,媒体看关注件;个人信息按角色遮盖。"
                    + " City level sees all, district admins and systems their district, squad officers their"
                    + " squad, media the followed cases; personal data masked as the role requires.")
    @GetMapping
    Page<ComplaintView> list(
            Caller caller,
            @ParameterObject Filters filters,
            @Parameter(description = "页码,从 0 开始。The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数(1-100)。Items per page (1-100).") @RequestParam(defaultValue = "20")
                    int size) {
        if (page < 0 || size < 1 || size > FindComplaints.MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("complaint.invalid.page", FindComplaints.MAX_PAGE_SIZE);
        }
        ComplaintFilter filter = filters.toFilter();
        return find.list(caller, filter, page, size)
                .map(c -> ComplaintView.of(c, caller, find.visibleDuplicates(caller, c)));
    }

    @Operation(
            operationId = "getComplaint",
            summary = "投诉详情 Get a complaint",
            description = "其他区的投诉返回 404,与不存在一样。Another district's complaint answers 404, as if it did" + " not exist.")
    @GetMapping("/{id}")
    ComplaintView get(Caller caller, @PathVariable String id) {
        Complaint complaint = find.get(caller, id);
        return ComplaintView.of(complaint, caller, find.visibleDuplicates(caller, complaint));
    }
}
