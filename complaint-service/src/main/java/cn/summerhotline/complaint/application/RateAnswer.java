package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.platform.web.Problems;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The citizen rates the answer without an account, by tracking number and the rating code of the receipt; two
 * stars or fewer reopen the case. A wrong code changes nothing but the count of wrong codes, which the case keeps:
 * after {@link cn.summerhotline.complaint.model.Rating#MAX_WRONG_CODES} it takes no rating any more.
 */
@Component
public class RateAnswer {

    public static final URI WRONG_RATING_CODE = Problems.type("wrong-rating-code");
    public static final URI RATING_LOCKED = Problems.type("rating-locked");
    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final ComplaintChanges changes;

    public RateAnswer(Complaints complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    public Complaint rate(String trackingNumber, String ratingCode, int score, String comment) {
        String number = TrackingNumbers.parse(trackingNumber)
                .orElseThrow(() -> ApiProblem.notFound("Complaint", trackingNumber));
        String code = RatingCodes.normalise(ratingCode);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Complaint complaint = complaints
                    .byTrackingNumber(number)
                    .orElseThrow(() -> ApiProblem.notFound("Complaint", trackingNumber));
            if (complaint.ratingLock().locked()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, RATING_LOCKED, "complaint.rating-locked");
            }
            Optional<Complaint> stored;
            if (complaint.ratingLock().accepts(code)) {
                stored = changes.apply(complaint, (c, now) -> c.rate(score, comment, now));
                if (stored.isPresent()) {
                    return stored.get();
                }
            } else if (changes.apply(complaint, (c, now) -> c.refuseRatingCode())
                    .isPresent()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, WRONG_RATING_CODE, "complaint.wrong-rating-code");
            }
        }
        throw ApiProblem.conflict(Problems.type("concurrent-update"), "complaint.concurrent-update");
    }
}
