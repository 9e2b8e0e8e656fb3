package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The citizen rates the answer without an account, by tracking number and the rating code of the receipt; two
 * stars or fewer reopen the case. A wrong code changes nothing but the count of wrong codes, which the case keeps:
 * after {@link cn.summerhotline.complaint.model.Rating#MAX_WRONG_CODES} it takes no rating any more.
 */
@Component
public class RateAnswer {

    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final ComplaintChanges changes;

    public RateAnswer(Complaints complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    public Complaint rate(String trackingNumber, String ratingCode, int score, String comment) {
        String number = TrackingNumbers.parse(trackingNumber).orElseThrow(() -> new ComplaintNotFound(trackingNumber));
        String code = RatingCodes.normalise(ratingCode);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Complaint complaint =
                    complaints.byTrackingNumber(number).orElseThrow(() -> new ComplaintNotFound(trackingNumber));
            if (complaint.ratingLock().locked()) {
                throw new RatingRefused(RatingRefused.Reason.LOCKED);
            }
            Optional<Complaint> stored;
            if (complaint.ratingLock().accepts(code)) {
                stored = changes.apply(complaint, (c, now) -> c.rate(score, comment, now));
                if (stored.isPresent()) {
                    return stored.get();
                }
            } else if (changes.apply(complaint, (c, now) -> c.refuseRatingCode())
                    .isPresent()) {
                throw new RatingRefused(RatingRefused.Reason.WRONG_CODE);
            }
        }
        throw ConcurrentUpdate.of(trackingNumber);
    }
}
