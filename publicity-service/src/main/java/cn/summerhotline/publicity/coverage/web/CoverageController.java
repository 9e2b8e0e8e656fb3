package cn.summerhotline.publicity.coverage.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.publicity.access.Allowed;
import cn.summerhotline.publicity.coverage.application.RecordCoverage;
import cn.summerhotline.publicity.coverage.model.Coverage;
import cn.summerhotline.publicity.coverage.model.OutletKind;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.model.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "coverage", description = "媒体报道和传播量。Media coverage and its reach.")
class CoverageController {

    private final RecordCoverage coverage;
    private final FindProjects projects;

    CoverageController(RecordCoverage coverage, FindProjects projects) {
        this.coverage = coverage;
        this.projects = projects;
    }

    @Schema(description = "一条媒体报道。One report by an outlet.")
    record CoverageBody(
            @NotBlank @Size(max = 100) @Schema(example = "新民晚报")
            String outlet,

            @NotNull @Schema(example = "NEWSPAPER_GROUP") OutletKind kind,
            @NotNull @Schema(example = "2021-08-05") LocalDate date,

            @Size(max = 2000)
            @Schema(
                    types = {"string", "null"},
                    example = "https://example.cn/news/1")
            String link,

            @NotNull @Min(0) @Max(Coverage.MAX_REACH) @Schema(description = "读者数。Readers.", example = "120000")
            Long readers,

            @NotNull @Min(0) @Max(Coverage.MAX_REACH) @Schema(description = "浏览/播放量。Views.", example = "350000")
            Long views,

            @Size(max = 100)
            @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
            @Schema(
                    types = {"string", "null"},
                    description = "所报道的内容。The content reported on.")
            String contentId) {}

    @Operation(
            operationId = "recordCoverage",
            summary = "记录媒体报道 Record coverage of a project",
            description = "市局管理员或项目落实单位的区局管理员记录媒体报道(事件 coverage.recorded.<单位>)。"
                    + " The city admin or the implementing unit's admin records a report (coverage.recorded.<unit>).",
            responses = {
                @ApiResponse(responseCode = "201", description = "记录的报道。The recorded coverage."),
                @ApiResponse(responseCode = "403", description = "无权记录该项目的报道。Not allowed for the project.")
            })
    @Allowed({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
    @PostMapping("/projects/{id}/coverage")
    ResponseEntity<CoverageViews.CoverageView> record(
            Caller caller,
            @Parameter(description = "项目编号。The project's id.", example = "p2021-04") @PathVariable String id,
            @Valid @RequestBody CoverageBody body) {
        Coverage recorded = coverage.record(
                caller,
                id,
                new RecordCoverage.Report(
                        body.outlet(),
                        body.kind(),
                        body.date(),
                        body.link(),
                        body.readers(),
                        body.views(),
                        body.contentId()));
        return ResponseEntity.created(URI.create("/api/v1/publicity/projects/" + id + "/coverage"))
                .body(CoverageViews.CoverageView.of(recorded));
    }

    @Operation(
            operationId = "exportCoverage",
            summary = "导出媒体报道 Export the year's coverage (xlsx)",
            description = "调用方可见项目的全部报道,末行为合计。Every report of the projects the caller may see, totals last.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "xlsx 文件。The workbook.",
                            content =
                                    @Content(
                                            mediaType = Spreadsheet.MEDIA_TYPE,
                                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(value = "/{year}/coverage.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> export(
            Caller caller,
            @Parameter(description = "活动年度。The campaign year.", example = "2021") @PathVariable int year) {
        projects.programme(year);
        Map<String, Project> byId =
                projects.visible(caller, year).stream().collect(Collectors.toMap(Project::id, Function.identity()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageWorkbook.write(coverage.visible(caller, year), byId, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coverage-" + year + ".xlsx\"")
                .contentType(MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .body(out.toByteArray());
    }
}
