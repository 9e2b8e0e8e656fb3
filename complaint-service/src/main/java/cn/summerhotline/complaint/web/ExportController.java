package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.infrastructure.ComplaintWorkbook;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.platform.security.Caller;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    ResponseEntity<StreamingResponseBody> export(
            Caller caller,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) Status status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean followed,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Consumer<Consumer<Complaint>> rows =
                find.export(caller, Filters.of(district, status, category, channel, overdue, followed, from, to));
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
