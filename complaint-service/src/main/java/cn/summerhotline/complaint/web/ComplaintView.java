package cn.summerhotline.complaint.web;

import static cn.summerhotline.complaint.web.ComplaintViews.time;

import cn.summerhotline.complaint.application.Access;
import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reply;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.complaint.model.Step;
import cn.summerhotline.complaint.model.Supervision;
import cn.summerhotline.complaint.model.TimelineEntry;
import cn.summerhotline.platform.security.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What staff see of a complaint: personal data masked unless their role needs it, in free text too; possible
 * duplicates only as far as the caller may read them; the rating code only in the answer to the request that
 * created the complaint. Built only through {@link #of} and {@link #created}, which decide the masking.
 */
record ComplaintView(
        String id,
        String trackingNumber,
        Category category,
        Channel channel,
        Status status,

        @Schema(
                types = {"string", "null"},
                description = "承办区;未派单时为 null。The district; null until routed.")
        String district,

        @Schema(
                types = {"string", "null"},
                description = "承办班组。The squad, if passed on to one.")
        String squad,

        String description,
        String address,

        @Schema(description = "坐标,可能为 null。The coordinates; may be null.")
        Location location,

        @Schema(description = "反映人;按角色遮盖。The reporter, masked as the role requires.")
        Reporter reporter,

        @Schema(
                types = {"string", "null"},
                description = "领导接听时的领导。The leader of a leader hotline session.")
        String leader,

        @Schema(
                types = {"string", "null"},
                format = "date-time")
        OffsetDateTime occurredAt,

        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        boolean overdue,
        boolean followed,

        @Schema(
                types = {"boolean", "null"},
                description = "是否按时办结;未办结时为 null。Null until resolved.")
        Boolean handledOnTime,

        @Schema(types = {"string", "null"}) String resolution,
        List<ReplyView> replies,
        List<RatingView> ratings,
        List<SupervisionView> supervisions,
        List<TimelineView> timeline,
        List<PossibleDuplicate> possibleDuplicates,

        @Schema(
                types = {"string", "null"},
                description = "合并到的投诉。The case this one was merged into.")
        String mergedInto,

        List<String> mergedCases,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String ratingCode) {

    record ReplyView(
            String message,
            ReplyChannel channel,
            OffsetDateTime at,
            String by,

            @Schema(
                    types = {"string", "null"},
                    description = "答复来自合并到的投诉。The case whose answer this is.")
            String fromCase) {}

    record RatingView(
            int score, @Schema(types = {"string", "null"}) String comment, OffsetDateTime at) {}

    record SupervisionView(String note, OffsetDateTime dueAt, OffsetDateTime at, String by) {}

    record TimelineView(
            OffsetDateTime at,
            Step step,
            Status status,
            @Schema(types = {"string", "null"}) String actor,
            @Schema(types = {"string", "null"}) String unit,
            @Schema(types = {"string", "null"}) String note) {}

    /** The complaint as the caller may see it; {@code duplicates} are the possible duplicates they may read. */
    static ComplaintView of(Complaint complaint, Caller caller, List<PossibleDuplicate> duplicates) {
        return build(complaint, Access.seesPersonalData(caller, complaint), duplicates, null);
    }

    /** The answer to the request that created the complaint, with the rating code to hand to the reporter. */
    static ComplaintView created(Complaint complaint, Caller caller, List<PossibleDuplicate> duplicates) {
        return build(
                complaint,
                Access.seesPersonalData(caller, complaint),
                duplicates,
                complaint.ratingLock().code());
    }

    private static ComplaintView build(
            Complaint complaint, boolean personal, List<PossibleDuplicate> duplicates, String ratingCode) {
        ComplaintSnapshot s = complaint.snapshot();
        Reporter reporter =
                personal ? s.intake().reporter() : s.intake().reporter().masked();
        UnaryOperator<String> text = personal ? UnaryOperator.identity() : MaskedText.of(complaint);
        return new ComplaintView(
                s.id(),
                s.trackingNumber(),
                s.intake().category(),
                s.intake().channel(),
                s.status(),
                s.routing().district(),
                s.routing().squad(),
                text.apply(s.intake().description()),
                text.apply(s.intake().address()),
                s.intake().location(),
                reporter,
                s.intake().leader(),
                time(s.intake().occurredAt()),
                time(s.receivedAt()),
                time(s.deadline().dueAt()),
                s.deadline().overdue(),
                s.followed(),
                s.deadline().handledOnTime(),
                text.apply(s.resolution().summary()),
                s.answers().replies().stream().map(r -> reply(r, text)).toList(),
                s.answers().ratings().stream().map(r -> rating(r, text)).toList(),
                s.supervisions().stream().map(v -> supervision(v, text)).toList(),
                s.timeline().stream().map(e -> step(e, text)).toList(),
                duplicates,
                s.merge().mergedInto(),
                s.merge().mergedCases(),
                s.version(),
                ratingCode);
    }

    private static ReplyView reply(Reply r, UnaryOperator<String> text) {
        return new ReplyView(text.apply(r.message()), r.channel(), time(r.at()), r.by(), r.fromCase());
    }

    private static RatingView rating(Rating r, UnaryOperator<String> text) {
        return new RatingView(r.score(), text.apply(r.comment()), time(r.at()));
    }

    private static SupervisionView supervision(Supervision s, UnaryOperator<String> text) {
        return new SupervisionView(text.apply(s.note()), time(s.dueAt()), time(s.at()), s.by());
    }

    private static TimelineView step(TimelineEntry e, UnaryOperator<String> text) {
        return new TimelineView(time(e.at()), e.step(), e.status(), e.actor(), e.unit(), text.apply(e.note()));
    }
}
