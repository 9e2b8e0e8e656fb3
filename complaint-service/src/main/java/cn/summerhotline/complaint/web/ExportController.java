package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "reports", description = "统计和导出。Statistics and export.")
class ExportController {

    private final FindComplaints find;

    ExportController(FindComplaints find) {
        this.find = find;
    }

    /** The list's filters as an .xlsx file; personal data masked as in the list. */
    @Operation(
            operationId = "exportComplaints",
            summary = "导出投诉 Export complaints as xlsx",
            description = "列表的筛选条件导出为 xlsx,个人信息与列表一样遮盖。The list's filters as an .xlsx file;"
                    + " personal data masked as in the list.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "xlsx 文件。The workbook.",
                            headers =
                                    @Header(
                                            name = "Content-Disposition",
                                            description = "attachment; filename=complaints.xlsx",
                                            schema = @Schema(type = "string")),
                            content =
                                    @Content(
                                            mediaType = ComplaintWorkbook.MEDIA_TYPE,
                                            schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/v1/complaints/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(Caller caller, @ParameterObject Filters filters) {
        Consumer<Consumer<Complaint>> rows = find.export(caller, filters.toFilter());
        StreamingResponseBody body =
                out -> ComplaintWorkbook.write(rows, complaint -> Access.seesPersonalData(caller, complaint), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ComplaintWorkbook.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("complaints.xlsx")
                                .build()
                                .toString())
                .body(body);
    }
}
