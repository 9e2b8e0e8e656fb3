package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.AcceptComplaint;
import cn.summerhotline.complaint.application.AssignComplaint;
import cn.summerhotline.complaint.application.CloseComplaint;
import cn.summerhotline.complaint.application.ComplaintFilter;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.FollowComplaint;
import cn.summerhotline.complaint.application.MergeComplaints;
import cn.summerhotline.complaint.application.Page;
import cn.summerhotline.complaint.application.ReopenComplaint;
import cn.summerhotline.complaint.application.ReplyToComplaint;
import cn.summerhotline.complaint.application.ResolveComplaint;
import cn.summerhotline.complaint.application.SubmitComplaint;
import cn.summerhotline.complaint.application.SuperviseComplaint;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.complaint.web.ComplaintViews.ComplaintView;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.web.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.temporal.ChronoUnit;
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
    private final AssignComplaint assign;
    private final AcceptComplaint accept;
    private final ResolveComplaint resolve;
    private final ReplyToComplaint reply;
    private final CloseComplaint close;
    private final ReopenComplaint reopen;
    private final SuperviseComplaint supervise;
    private final FollowComplaint follow;
    private final MergeComplaints merge;

    ComplaintController(
            SubmitComplaint submit,
            FindComplaints find,
            AssignComplaint assign,
            AcceptComplaint accept,
            ResolveComplaint resolve,
            ReplyToComplaint reply,
            CloseComplaint close,
            ReopenComplaint reopen,
            SuperviseComplaint supervise,
            FollowComplaint follow,
            MergeComplaints merge) {
        this.submit = submit;
        this.find = find;
        this.assign = assign;
        this.accept = accept;
        this.resolve = resolve;
        this.reply = reply;
        this.close = close;
        this.reopen = reopen;
        this.supervise = supervise;
        this.follow = follow;
        this.merge = merge;
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
        Channel channel = body.channel() != null ? body.channel() : SubmitComplaint.defaultChannel(caller);
        Intake intake = new Intake(
                body.category(),
                body.description().strip(),
                channel,
                body.district(),
                body.address().strip(),
                body.location() == null
                        ? null
                        : new Location(body.location().lat(), body.location().lng()),
                body.reporter() == null
                        ? null
                        : new Reporter(
                                blankToNull(body.reporter().name()),
                                blankToNull(body.reporter().phone())),
                blankToNull(body.leader()),
                body.occurredAt() == null ? null : body.occurredAt().toInstant().truncatedTo(ChronoUnit.MILLIS));
        SubmitComplaint.Submitted submitted = submit.submit(caller, intake, idempotencyKey);
        Object view = caller.authenticated()
                ? ComplaintViews.view(submitted.complaint(), caller)
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
            throw ApiProblem.badRequest(
                    "page must be 0 or more and size between 1 and " + FindComplaints.MAX_PAGE_SIZE);
        }
        ComplaintFilter filter = filters.toFilter();
        return find.list(caller, filter, page, size).map(c -> ComplaintViews.view(c, caller));
    }

    @GetMapping("/{id}")
    ComplaintView get(Caller caller, @PathVariable String id) {
        return ComplaintViews.view(find.get(caller, id), caller);
    }

    @PostMapping("/{id}/assign")
    ComplaintView assign(Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.Assign body) {
        return ComplaintViews.view(assign.assign(caller, id, body.district(), body.squad()), caller);
    }

    @PostMapping("/{id}/accept")
    ComplaintView accept(Caller caller, @PathVariable String id) {
        return ComplaintViews.view(accept.accept(caller, id), caller);
    }

    @PostMapping("/{id}/resolve")
    ComplaintView resolve(Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.Resolve body) {
        return ComplaintViews.view(resolve.resolve(caller, id, body.summary()), caller);
    }

    @PostMapping("/{id}/reply")
    ComplaintView reply(Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.ReplyBody body) {
        return ComplaintViews.view(reply.reply(caller, id, body.message(), body.channel()), caller);
    }

    @PostMapping("/{id}/close")
    ComplaintView close(Caller caller, @PathVariable String id) {
        return ComplaintViews.view(close.close(caller, id), caller);
    }

    @PostMapping("/{id}/reopen")
    ComplaintView reopen(Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.Reopen body) {
        return ComplaintViews.view(reopen.reopen(caller, id, body.reason()), caller);
    }

    @PostMapping("/{id}/supervise")
    ComplaintView supervise(
            Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.Supervise body) {
        return ComplaintViews.view(
                supervise.supervise(
                        caller, id, body.note(), body.dueAt().toInstant().truncatedTo(ChronoUnit.MILLIS)),
                caller);
    }

    @PostMapping("/{id}/follow")
    ComplaintView follow(Caller caller, @PathVariable String id) {
        return ComplaintViews.view(follow.follow(caller, id), caller);
    }

    /** Merges this case into the one named in the body, which carries the handling from now on. */
    @PostMapping("/{id}/merge")
    ComplaintView merge(Caller caller, @PathVariable String id, @Valid @RequestBody ComplaintRequests.Merge body) {
        return ComplaintViews.view(merge.merge(caller, id, body.into()), caller);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
