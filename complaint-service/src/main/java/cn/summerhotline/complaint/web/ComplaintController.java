package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.Page;
import cn.summerhotline.complaint.application.SubmitComplaint;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.web.ComplaintViews.ComplaintView;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
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
    @PostMapping
    ResponseEntity<Object> create(
            Caller caller,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody ComplaintRequests.CreateComplaint body) {
        Intake intake = body.toIntake(body.channel() != null ? body.channel() : SubmitComplaint.defaultChannel(caller));
        SubmitComplaint.Submitted submitted = submit.submit(caller, intake, idempotencyKey);
        Object view = caller.authenticated()
                ? ComplaintViews.created(
                        submitted.complaint(), caller, find.visibleDuplicates(caller, submitted.complaint()))
                : ComplaintViews.receipt(submitted.complaint());
        return ResponseEntity.created(
                        URI.create("/api/v1/complaints/" + submitted.complaint().id()))
                .header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
                .body(view);
    }

    @GetMapping
    Page<ComplaintView> list(
            Caller caller,
            @ParameterObject Filters filters,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > FindComplaints.MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("complaint.invalid.page", FindComplaints.MAX_PAGE_SIZE);
        }
        ComplaintFilter filter = filters.toFilter();
        return find.list(caller, filter, page, size)
                .map(c -> ComplaintViews.view(c, caller, find.visibleDuplicates(caller, c)));
    }

    @GetMapping("/{id}")
    ComplaintView get(Caller caller, @PathVariable String id) {
        Complaint complaint = find.get(caller, id);
        return ComplaintViews.view(complaint, caller, find.visibleDuplicates(caller, complaint));
    }
}
