package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.infrastructure.ComplaintWorkbook;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
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
class ExportController {

    private final FindComplaints find;

    ExportController(FindComplaints find) {
        this.find = find;
    }

    /** The list's filters as an .xlsx file; personal data masked as in the list. */
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
