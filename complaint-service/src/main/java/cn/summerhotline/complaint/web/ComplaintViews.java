package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.MaskedText;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.complaint.model.Step;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the public sees of a complaint: the track view and the web form's receipt, without any personal data.
 * Staff see a {@link ComplaintView}.
 */
final class ComplaintViews {

    private ComplaintViews() {}

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, TrackingNumbers.BUSINESS_ZONE);
    }

    /** The public view: status and steps, no names, phone numbers, descriptions or addresses. */
    record TrackView(
            String trackingNumber,
            Category category,
            String categoryName,
            Status status,
            @Schema(types = {"string", "null"}) String district,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            boolean followed,
            boolean answered,
            boolean canRate,
            @Schema(types = {"integer", "null"}) Integer latestScore,
            List<PublicStep> timeline) {}

    record PublicStep(
            OffsetDateTime at,
            Step step,
            Status status,
            @Schema(types = {"string", "null"}) String unit,

            @Schema(
                    types = {"string", "null"},
                    description = "处置说明,仅关注件公开。Handling notes, public for followed cases only.")
            String note) {}

    /** What a citizen gets back from the web form. */
    record Receipt(
            String id,
            String trackingNumber,
            Status status,
            Category category,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            String ratingCode) {}

    static TrackView track(Complaint complaint) {
        ComplaintSnapshot s = complaint.snapshot();
        UnaryOperator<String> text = MaskedText.of(complaint);
        int replies = s.answers().replies().size();
        boolean answered = replies > 0 && (s.status() == Status.REPLIED || s.status() == Status.CLOSED);
        boolean rated = s.answers().latestRated();
        Integer latestScore = s.answers().ratings().isEmpty()
                ? null
                : s.answers().latestRating().score();
        List<PublicStep> steps = s.timeline().stream()
                .map(e -> new PublicStep(
                        time(e.at()),
                        e.step(),
                        e.status(),
                        e.unit(),
                        s.followed() && e.step().notePublicWhenFollowed() ? text.apply(e.note()) : null))
                .toList();
        return new TrackView(
                s.trackingNumber(),
                s.intake().category(),
                s.intake().category().nameZh(),
                s.status(),
                s.routing().district(),
                time(s.receivedAt()),
                time(s.deadline().dueAt()),
                s.followed(),
                answered,
                answered && !rated && !complaint.ratingLock().locked(),
                latestScore,
                steps);
    }

    static Receipt receipt(Complaint complaint) {
        return new Receipt(
                complaint.id(),
                complaint.trackingNumber(),
                complaint.status(),
                complaint.intake().category(),
                time(complaint.receivedAt()),
                time(complaint.deadline().dueAt()),
                complaint.ratingLock().code());
    }
}
