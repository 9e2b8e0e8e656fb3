package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.FindComplaints;
import cn.summerhotline.complaint.application.MergeComplaints;
import cn.summerhotline.complaint.application.ReplyToComplaint;
import cn.summerhotline.complaint.application.StepCommand;
import cn.summerhotline.complaint.application.TakeStep;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
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
@Tag(
        name = "complaint-handling",
        description = "投诉的处置步骤:派单、签收、办结、回复、结案、重启、督办、关注、合并;每步写入时间线。"
                + " The steps of a complaint's handling, each written into its timeline; every step accepts an"
                + " Idempotency-Key.")
@ApiResponse(
        responseCode = "200",
        description = "投诉的当前状态。The complaint as it now stands.",
        headers =
                @Header(
                        name = "Idempotent-Replayed",
                        description = ApiDocs.REPLAYED_DESCRIPTION,
                        schema = @Schema(type = "boolean")))
@ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT)
@ApiResponse(responseCode = "422", description = ApiDocs.KEY_REUSED)
class ComplaintActionsController {

    private static final String KEY = "Idempotency-Key";

    private final RepeatableActions repeatable;
    private final TakeStep steps;
    private final ReplyToComplaint reply;
    private final MergeComplaints merge;
    private final FindComplaints find;

    ComplaintActionsController(
            RepeatableActions repeatable,
            TakeStep steps,
            ReplyToComplaint reply,
            MergeComplaints merge,
            FindComplaints find) {
        this.repeatable = repeatable;
        this.steps = steps;
        this.reply = reply;
        this.merge = merge;
        this.find = find;
    }

    @Operation(
            operationId = "assignComplaint",
            summary = "派单 Assign a complaint",
            description =
                    "市级把投诉派往某区;区局把本区投诉转给班组。The city level routes the case to a district bureau; a district bureau passes its case on to one of its squads.")
    @PostMapping("/assign")
    ResponseEntity<ComplaintView> assign(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.Assign body) {
        return step(caller, key, "assign", body, new StepCommand.Assign(id, body.district(), body.squad()));
    }

    @Operation(
            operationId = "acceptComplaint",
            summary = "签收 Accept a complaint",
            description =
                    "区局、班组或区系统签收已派的投诉,状态变为 IN_PROGRESS,并发出 complaint.accepted 事件。The district bureau, its squad or its system takes the case on: IN_PROGRESS, and a complaint.accepted event.")
    @PostMapping("/accept")
    ResponseEntity<ComplaintView> accept(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key) {
        return step(caller, key, "accept", null, new StepCommand.Accept(id));
    }

    @Operation(
            operationId = "resolveComplaint",
            summary = "办结 Resolve a complaint",
            description = "记录处置结果。Records what was done.")
    @PostMapping("/resolve")
    ResponseEntity<ComplaintView> resolve(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.Resolve body) {
        return step(caller, key, "resolve", body, new StepCommand.Resolve(id, body.summary()));
    }

    @Operation(
            operationId = "replyToComplaint",
            summary = "回复市民 Reply to the citizen",
            description =
                    "答复市民;合并到本件的投诉也得到同一答复。Answers the citizen; the cases merged into this one receive the same answer.")
    @PostMapping("/reply")
    ResponseEntity<ComplaintView> reply(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.ReplyBody body) {
        return act(caller, key, id, "reply", body, () -> reply.reply(caller, id, body.message(), body.channel()));
    }

    @Operation(
            operationId = "closeComplaint",
            summary = "结案 Close a complaint",
            description =
                    "未答复市民前结案返回 409 reply-required。Closing before the citizen is answered answers 409 reply-required.")
    @PostMapping("/close")
    ResponseEntity<ComplaintView> close(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key) {
        return step(caller, key, "close", null, new StepCommand.Close(id));
    }

    @Operation(
            operationId = "reopenComplaint",
            summary = "重启 Reopen a complaint",
            description = "重启已答复或已结案的投诉,区局有新的期限。Reopens an answered or closed case; the district gets a new deadline.")
    @PostMapping("/reopen")
    ResponseEntity<ComplaintView> reopen(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.Reopen body) {
        return step(caller, key, "reopen", body, new StepCommand.Reopen(id, body.reason()));
    }

    @Operation(
            operationId = "superviseComplaint",
            summary = "督办 Supervise a complaint",
            description = "市级督办并设定新的期限。The city level supervises the case with a new deadline.")
    @PostMapping("/supervise")
    ResponseEntity<ComplaintView> supervise(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.Supervise body) {
        Instant dueAt = body.dueAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
        return step(caller, key, "supervise", body, new StepCommand.Supervise(id, body.note(), dueAt));
    }

    @Operation(
            operationId = "followComplaint",
            summary = "关注 Follow a complaint",
            description =
                    "列为关注件:媒体可见,公开进度显示处置说明。Marks the case as followed: media may see it and the public track view shows the handling notes.")
    @PostMapping("/follow")
    ResponseEntity<ComplaintView> follow(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key) {
        return step(caller, key, "follow", null, new StepCommand.Follow(id));
    }

    /** Merges this case into the one named in the body, which carries the handling from now on. */
    @Operation(
            operationId = "mergeComplaint",
            summary = "合并 Merge into another complaint",
            description =
                    "把本件合并到请求体中的投诉,此后由该件承办。Merges this case into the one named in the body, which carries the handling from now on.")
    @PostMapping("/merge")
    ResponseEntity<ComplaintView> merge(
            Caller caller,
            @PathVariable String id,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(value = KEY, required = false)
                    String key,
            @Valid @RequestBody ComplaintRequests.Merge body) {
        return act(caller, key, id, "merge", body, () -> merge.merge(caller, id, body.into()));
    }

    private ResponseEntity<ComplaintView> step(
            Caller caller, String key, String action, Record body, StepCommand step) {
        return act(caller, key, step.id(), action, body, () -> steps.take(caller, step));
    }

    private ResponseEntity<ComplaintView> act(
            Caller caller, String key, String id, String action, Record body, Supplier<Complaint> step) {
        RepeatableActions.Outcome<Complaint> outcome = repeatable.run(
                caller.subject(),
                key,
                action + " " + id + " " + body,
                step,
                Complaint::id,
                recordId -> find.get(caller, recordId));
        return ResponseEntity.ok()
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(ComplaintView.of(outcome.result(), caller, find.visibleDuplicates(caller, outcome.result())));
    }
}
