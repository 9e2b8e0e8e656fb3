package cn.summerhotline.publicity.cases.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.publicity.access.Allowed;
import cn.summerhotline.publicity.cases.application.CaseStudies;
import cn.summerhotline.publicity.content.model.Content;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity/projects/{id}")
@Tag(
        name = "cases",
        description = "取自投诉服务的典型案例:已办结的投诉,选中后成为不含个人信息的内容草稿。"
                + " Case studies from complaint-service: resolved complaints, a chosen one becoming draft content with"
                + " no personal data.")
class CaseController {

    private static final java.util.regex.Pattern DISTRICT = java.util.regex.Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    private final CaseStudies cases;

    CaseController(CaseStudies cases) {
        this.cases = cases;
    }

    @Schema(description = "选中的投诉。The chosen complaint.")
    record ChooseBody(
            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
            @Schema(example = "6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b")
            String complaintId) {}

    @Operation(
            operationId = "listCaseCandidates",
            summary = "典型案例候选 Case candidates of a project",
            description = "项目所在区、所列投诉类别的已办结投诉(投诉服务),文字已遮盖个人信息,不含反映人。市局管理员和落实单位的区局管理员可用;"
                    + "市级项目(如项目 3)可按区筛选。投诉服务不可用时返回 503,说明列表暂时无法取得。"
                    + " The resolved complaints of the project's districts and case categories (complaint-service), text"
                    + " masked, no reporter. City admins and the implementing unit's admins; a city-level project (such"
                    + " as project 3) may be narrowed to one district. 503 says the list is unavailable for now.",
            responses = {
                @ApiResponse(responseCode = "200", description = "候选的已办结投诉,最新受理的在前。The candidates, latest first."),
                @ApiResponse(responseCode = "403", description = "无权查看该项目的案例。Not allowed for the project."),
                @ApiResponse(responseCode = "503", description = "投诉服务暂时不可用。complaint-service is unavailable.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
    @GetMapping("/case-candidates")
    List<CaseStudies.Candidate> candidates(
            Caller caller,
            @Parameter(description = "项目编号。The project's id.", example = "p2021-03") @PathVariable String id,
            @Parameter(description = "区代码。A district's code.", example = "xuhui") @RequestParam(required = false)
                    String district) {
        if (district != null && !DISTRICT.matcher(district).matches()) {
            throw ApiProblem.badRequest("cases.invalid-district", "?");
        }
        return cases.candidates(caller, id, district);
    }

    @Operation(
            operationId = "chooseCaseStudy",
            summary = "选用典型案例 Turn a resolved complaint into draft content",
            description = "选中的投诉成为项目的内容草稿(CASE_STUDY):遮盖个人信息,只保留受理编号备查;需修改后送审。"
                    + " The chosen complaint becomes a draft of the project (CASE_STUDY): personal data masked, only the"
                    + " tracking number kept for the record; revise it and hand it in.",
            responses = {
                @ApiResponse(responseCode = "201", description = "内容草稿。The draft."),
                @ApiResponse(responseCode = "403", description = "不是项目的落实单位。Not the project's implementing unit."),
                @ApiResponse(responseCode = "503", description = "投诉服务暂时不可用。complaint-service is unavailable.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.SQUAD_OFFICER})
    @PostMapping("/case-studies")
    ResponseEntity<CaseDraftView> choose(
            Caller caller,
            @Parameter(description = "项目编号。The project's id.", example = "p2021-03") @PathVariable String id,
            @Valid @RequestBody ChooseBody body) {
        Content draft = cases.choose(caller, id, body.complaintId());
        return ResponseEntity.created(URI.create("/api/v1/publicity/contents/" + draft.id()))
                .body(CaseDraftView.of(draft));
    }

    @Schema(description = "典型案例草稿。The case study's draft.")
    record CaseDraftView(
            @Schema(example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b")
            String contentId,

            @Schema(example = "p2021-03") String projectId,
            String title,
            String body,
            @Schema(example = "5ZC1-TK9B-8RN") String caseTrackingNumber) {
        static CaseDraftView of(Content c) {
            var s = c.snapshot();
            return new CaseDraftView(
                    s.id(), s.projectId(), s.draft().title(), s.draft().body(), s.caseTrackingNumber());
        }
    }
}
