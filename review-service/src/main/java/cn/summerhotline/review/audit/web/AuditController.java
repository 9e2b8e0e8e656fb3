package cn.summerhotline.review.audit.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.spreadsheet.Spreadsheet;
import cn.summerhotline.platform.web.CodeLabels;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.review.audit.application.AuditEntry;
import cn.summerhotline.review.audit.application.ExportAuditTrail;
import cn.summerhotline.review.audit.application.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(
        name = "audit",
        description = "审计记录导出和审核统计,市局看全部单位,区局看本单位。The audit trail's export and the review"
                + " statistics: the city bureau sees every unit, a district its own.")
class AuditController {

    private final ExportAuditTrail export;
    private final ProblemMessages messages;
    private final CodeLabels labels;
    private final Clock clock;

    AuditController(ExportAuditTrail export, ProblemMessages messages, CodeLabels labels, Clock clock) {
        this.export = export;
        this.messages = messages;
        this.labels = labels;
        this.clock = clock;
    }

    @Operation(
            operationId = "exportReviewAudit",
            summary = "导出审计记录 Export the audit trail as xlsx",
            description =
                    "期间内的每次送审、自动预审、审核决定、下架、举报、隐藏和恢复,每条一行:时间、事项、来源、内容编号、标题、版本、操作、"
                            + "层级、单位、班组、操作人、操作人单位、操作后状态、理由、类别。市局管理员和市局审核员看全部单位,区局管理员和区局审核员看本单位,"
                            + "中队审核员看本中队。表头和代码名称默认中文,`Accept-Language: en` 时为英文;时间为 Excel 日期(北京时间),表头冻结并带筛选。"
                            + "标题和理由中的电话、身份证号码已遮盖。期间按业务日(Asia/Shanghai):from 为第一天,to 为最后一天的次日,最长一年。"
                            + " Every submission, pre-screen, decision, takedown, report, hide and restore of the period, one row"
                            + " each: time, item, source, content id, title, version, action, level, unit, squad, by, their"
                            + " unit, status after, reason, kind. City admins and city reviewers see every unit; district"
                            + " admins and district reviewers their own; squad reviewers their squad. Headers and names of"
                            + " codes in Chinese, in English with `Accept-Language: en`; times as Excel dates in Beijing time,"
                            + " headers frozen with a filter; phone and ID numbers in titles and reasons masked. The period is"
                            + " in business days (Asia/Shanghai): from the first day to the day after the last, at most a year.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "xlsx 文件,每条审计记录一行。The workbook, one row per history entry.",
                        headers =
                                @Header(
                                        name = "Content-Disposition",
                                        description = "attachment; filename=review-audit_2025-07-01_2025-08-01.xlsx",
                                        schema = @Schema(type = "string")),
                        content =
                                @Content(
                                        mediaType = Spreadsheet.MEDIA_TYPE,
                                        schema = @Schema(type = "string", format = "binary")))
            })
    @PeriodRefusals
    @GetMapping("/api/v1/reviews/audit.xlsx")
    ResponseEntity<StreamingResponseBody> export(
            Caller caller, @ParameterObject PeriodParameters parameters, HttpServletRequest request) {
        ReportingPeriod period = parameters.period(clock.instant());
        Consumer<Consumer<AuditEntry>> entries = export.entries(caller, period);
        Locale locale = ProblemMessages.locale(request);
        StreamingResponseBody body = out -> new AuditWorkbook(messages, labels, locale).write(entries, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("review-audit_" + period.from() + "_" + period.to() + ".xlsx")
                                .build()
                                .toString())
                .body(body);
    }
}
