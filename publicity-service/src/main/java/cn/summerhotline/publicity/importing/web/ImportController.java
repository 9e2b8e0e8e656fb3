package cn.summerhotline.publicity.importing.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.publicity.access.Allowed;
import cn.summerhotline.publicity.importing.application.ImportPlan;
import cn.summerhotline.publicity.importing.model.ImportReport;
import cn.summerhotline.publicity.importing.model.PlanDocument;
import cn.summerhotline.publicity.importing.model.PlanRejected;
import cn.summerhotline.publicity.programme.application.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/publicity")
@Tag(
        name = "import",
        description = "导入年度宣传计划(结构化文件或 xlsx 模板)和导入报告:问题逐条列出,不被隐藏。"
                + " Importing a year's plan (a structured file or the xlsx template) and the import report: every"
                + " defect listed, none hidden.")
class ImportController {

    private static final String YEAR = "活动年度。The campaign year.";

    private final ImportPlan importPlan;
    private final JsonMapper json;
    private final ProblemMessages messages;

    ImportController(ImportPlan importPlan, JsonMapper json, ProblemMessages messages) {
        this.importPlan = importPlan;
        this.json = json;
        this.messages = messages;
    }

    @Operation(
            operationId = "importPlan",
            summary = "导入年度宣传计划 Import a year's plan",
            description = "市局管理员导入尚无计划的年度:JSON(与随服务发布的 2021 年计划格式相同)或按模板填写的 xlsx"
                    + "(活动起止日期由参数给出)。有错误的项目不导入,有提示的按原文导入,均写入导入报告。"
                    + " City admins import a year that has no programme yet: JSON (the format of the 2021 plan shipped"
                    + " with the service) or the filled-in xlsx template (the campaign's dates as parameters). Projects"
                    + " with errors are left out, those with warnings imported as printed; all go into the report.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = PlanDocument.class)),
                                @Content(
                                        mediaType = Spreadsheet.MEDIA_TYPE,
                                        schema = @Schema(type = "string", format = "binary"))
                            }),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "导入报告。The import report.",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = ImportReportView.class))),
                @ApiResponse(responseCode = "403", description = "仅市局管理员。City admins only."),
                @ApiResponse(responseCode = "409", description = "该年度已有计划(programme-exists)。The year has a programme.")
            })
    @Allowed({Role.CITY_ADMIN})
    @PostMapping(
            value = "/{year}/imports",
            consumes = {MediaType.APPLICATION_JSON_VALUE, Spreadsheet.MEDIA_TYPE})
    ResponseEntity<ImportReportView> importPlan(
            Caller caller,
            @Parameter(description = YEAR, example = "2031") @PathVariable int year,
            @Parameter(description = "xlsx:活动开始日期。The campaign's first day (xlsx).", example = "2031-07-12")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate campaignStart,
            @Parameter(description = "xlsx:活动结束日期。The campaign's last day (xlsx).", example = "2031-08-20")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate campaignEnd,
            @RequestBody byte[] body,
            HttpServletRequest request) {
        ProjectAccess.requireCityAdmin(caller);
        PlanDocument plan;
        String source;
        if (request.getContentType() != null
                && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            plan = parse(body);
            source = "api:json";
        } else {
            if (campaignStart == null || campaignEnd == null) {
                throw ApiProblem.badRequest("import.campaign-required");
            }
            plan = PlanWorkbook.read(body, year, campaignStart, campaignEnd);
            source = "api:xlsx";
        }
        ImportReport report;
        try {
            report = importPlan.byCityAdmin(caller, year, plan, source);
        } catch (PlanRejected rejected) {
            throw ApiProblem.badRequest("import.rejected." + rejected.reason());
        }
        return ResponseEntity.created(URI.create("/api/v1/publicity/" + year + "/import-report"))
                .body(ImportReportView.of(report, messages, ProblemMessages.locale(request)));
    }

    @Operation(
            operationId = "getImportReport",
            summary = "导入报告 The year's import report",
            description = "市局管理员查看该年度计划导入时发现的全部问题(如 2021 年项目 8 与项目 7 名称和落实部门相同)。"
                    + " City admins read every defect found when the year's plan was imported (in 2021, project 8"
                    + " repeating project 7's title and department).",
            responses = {
                @ApiResponse(responseCode = "200", description = "该年度的导入报告。The year's import report."),
                @ApiResponse(responseCode = "403", description = "仅市局管理员。City admins only.")
            })
    @Allowed({Role.CITY_ADMIN})
    @GetMapping("/{year}/import-report")
    ImportReportView report(
            Caller caller,
            @Parameter(description = YEAR, example = "2021") @PathVariable int year,
            HttpServletRequest request) {
        return ImportReportView.of(importPlan.report(caller, year), messages, ProblemMessages.locale(request));
    }

    @Operation(
            operationId = "getImportTemplate",
            summary = "计划导入模板 The plan's xlsx template",
            description = "市局管理员下载填写用的 xlsx 模板(含一行示例)。City admins download the xlsx template (one example row).",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "xlsx 模板。The template.",
                        content =
                                @Content(
                                        mediaType = Spreadsheet.MEDIA_TYPE,
                                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "403", description = "仅市局管理员。City admins only.")
            })
    @Allowed({Role.CITY_ADMIN})
    @GetMapping(value = "/import-template.xlsx", produces = Spreadsheet.MEDIA_TYPE)
    ResponseEntity<byte[]> template(Caller caller) {
        ProjectAccess.requireCityAdmin(caller);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.template(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"publicity-plan-template.xlsx\"")
                .contentType(MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .body(out.toByteArray());
    }

    private PlanDocument parse(byte[] body) {
        try {
            PlanDocument plan = json.readValue(body, PlanDocument.class);
            if (plan == null) {
                throw ApiProblem.badRequest("import.invalid-json");
            }
            return plan;
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("import.invalid-json");
        }
    }
}
