package cn.summerhotline.complaint.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a complaint holds, for storing it and reading it back, as its values: how they are stored is the
 * store's mapping, not the model's. {@link Complaint#snapshot()} gives one, {@link Complaint#restore} reads it.
 */
public record ComplaintSnapshot(
        String id,
        String trackingNumber,
        Intake intake,
        Instant receivedAt,
        Status status,
        Routing routing,
        Deadline deadline,
        Resolution resolution,
        boolean followed,
        Merge merge,
        RatingLock ratingLock,
        Answers answers,
        List<Supervision> supervisions,
        List<TimelineEntry> timeline,
        List<PossibleDuplicate> possibleDuplicates,
        long version) {

    static ComplaintSnapshot of(Complaint c) {
        return new ComplaintSnapshot(
                c.id(),
                c.trackingNumber(),
                c.intake(),
                c.receivedAt(),
                c.status(),
                c.routing(),
                c.deadline(),
                c.resolution(),
                c.followed(),
                c.merge(),
                c.ratingLock(),
                c.answers(),
                c.supervisions(),
                c.timeline(),
                c.possibleDuplicates(),
                c.version());
    }

    /** The same complaint, as stored under the next version. */
    public ComplaintSnapshot withVersion(long next) {
        return Complaint.restore(this, next).snapshot();
    }
}
