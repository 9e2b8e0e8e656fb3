package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.AcceptComplaint;
import cn.summerhotline.complaint.application.AssignComplaint;
import cn.summerhotline.complaint.application.CloseComplaint;
import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.FollowComplaint;
import cn.summerhotline.complaint.application.MergeComplaints;
import cn.summerhotline.complaint.application.ReopenComplaint;
import cn.summerhotline.complaint.application.RepeatableActions;
import cn.summerhotline.complaint.application.ReplyToComplaint;
import cn.summerhotline.complaint.application.ResolveComplaint;
import cn.summerhotline.complaint.application.SuperviseComplaint;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.web.ComplaintViews.ComplaintView;
import cn.summerhotline.platform.security.Caller;
import jakarta.validation.Valid;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a complaint's handling. Each answers the complaint as it now stands; with an {@code
 * Idempotency-Key}, a repeat of the same request (a district system retrying after a lost answer) answers the
 * same way with {@code Idempotent-Replayed: true} instead of a 409 for a step already taken.
 */
@RestController
@RequestMapping("/api/v1/complaints/{id}")
class ComplaintActionsController {

    private static final String KEY = "Idempotency-Key";

    private final RepeatableActions repeatable;
    private final AssignComplaint assign;
    private final AcceptComplaint accept;
    private final ResolveComplaint resolve;
    private final ReplyToComplaint reply;
    private final CloseComplaint close;
    private final ReopenComplaint reopen;
    private final SuperviseComplaint supervise;
    private final FollowComplaint follow;
    private final MergeComplaints merge;
    private final FindComplaints find;

    ComplaintActionsController(
            RepeatableActions repeatable,
            AssignComplaint assign,
            AcceptComplaint accept,
            ResolveComplaint resolve,
            ReplyToComplaint reply,
            CloseComplaint close,
            ReopenComplaint reopen,
            SuperviseComplaint supervise,
            FollowComplaint follow,
            MergeComplaints merge,
            FindComplaints find) {
        this.repeatable = repeatable;
        this.assign = assign;
        this.accept = accept;
        this.resolve = resolve;
        this.reply = reply;
        this.close = close;
        this.reopen = reopen;
        this.supervise = supervise;
        this.follow = follow;
        this.merge = merge;
        this.find = find;
    }

    @PostMapping("/assign")
    ResponseEntity<ComplaintView> assign(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.Assign body) {
        return act(caller, key, id, "assign", body, () -> assign.assign(caller, id, body.district(), body.squad()));
    }

    @PostMapping("/accept")
    ResponseEntity<ComplaintView> accept(
            Caller caller, @PathVariable String id, @RequestHeader(value = KEY, required = false) String key) {
        return act(caller, key, id, "accept", null, () -> accept.accept(caller, id));
    }

    @PostMapping("/resolve")
    ResponseEntity<ComplaintView> resolve(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.Resolve body) {
        return act(caller, key, id, "resolve", body, () -> resolve.resolve(caller, id, body.summary()));
    }

    @PostMapping("/reply")
    ResponseEntity<ComplaintView> reply(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.ReplyBody body) {
        return act(caller, key, id, "reply", body, () -> reply.reply(caller, id, body.message(), body.channel()));
    }

    @PostMapping("/close")
    ResponseEntity<ComplaintView> close(
            Caller caller, @PathVariable String id, @RequestHeader(value = KEY, required = false) String key) {
        return act(caller, key, id, "close", null, () -> close.close(caller, id));
    }

    @PostMapping("/reopen")
    ResponseEntity<ComplaintView> reopen(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.Reopen body) {
        return act(caller, key, id, "reopen", body, () -> reopen.reopen(caller, id, body.reason()));
    }

    @PostMapping("/supervise")
    ResponseEntity<ComplaintView> supervise(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.Supervise body) {
        return act(
                caller,
                key,
                id,
                "supervise",
                body,
                () -> supervise.supervise(
                        caller, id, body.note(), body.dueAt().toInstant().truncatedTo(ChronoUnit.MILLIS)));
    }

    @PostMapping("/follow")
    ResponseEntity<ComplaintView> follow(
            Caller caller, @PathVariable String id, @RequestHeader(value = KEY, required = false) String key) {
        return act(caller, key, id, "follow", null, () -> follow.follow(caller, id));
    }

    /** Merges this case into the one named in the body, which carries the handling from now on. */
    @PostMapping("/merge")
    ResponseEntity<ComplaintView> merge(
            Caller caller,
            @PathVariable String id,
            @RequestHeader(value = KEY, required = false) String key,
            @Valid @RequestBody ComplaintRequests.Merge body) {
        return act(caller, key, id, "merge", body, () -> merge.merge(caller, id, body.into()));
    }

    private ResponseEntity<ComplaintView> act(
            Caller caller, String key, String id, String action, Record body, Supplier<Complaint> step) {
        RepeatableActions.Outcome outcome = repeatable.run(caller, key, id, action + " " + id + " " + body, step);
        return ResponseEntity.ok()
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(ComplaintViews.view(
                        outcome.complaint(), caller, find.visibleDuplicates(caller, outcome.complaint())));
    }
}
