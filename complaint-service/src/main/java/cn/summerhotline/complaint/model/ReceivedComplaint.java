package cn.summerhotline.complaint.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Complaint} was received with, which nothing done to it since changes: its identity, what the
 * citizen reported, when, and the possible duplicates found then. Apart from the complaint's rules, which change
 * everything else, and final, so that none of them can touch these.
 */
abstract sealed class ReceivedComplaint permits Complaint {

    private final String id;
    private final String trackingNumber;
    private final Intake intake;
    private final Instant receivedAt;
    private final List<PossibleDuplicate> possibleDuplicates;

    ReceivedComplaint(
            String id,
            String trackingNumber,
            Intake intake,
            Instant receivedAt,
            List<PossibleDuplicate> possibleDuplicates) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.intake = intake;
        this.receivedAt = receivedAt;
        this.possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    public String id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Intake intake() {
        return intake;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<PossibleDuplicate> possibleDuplicates() {
        return possibleDuplicates;
    }
}
